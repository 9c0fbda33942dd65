package org.partnershiphub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Period;
import org.partnershiphub.performance.domain.PeriodLock;
import org.partnershiphub.performance.repository.PeriodLockRepository;
import org.partnershiphub.performance.rest.PeriodLockView;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class PeriodLockService {

    private final PeriodLockRepository locks;

    PeriodLockService(PeriodLockRepository locks) {
        this.locks = locks;
    }

    @Transactional
    public PeriodLockView lock(String periodText, String reason, Actor actor) {
        Period period = Periods.parse(periodText, "period");
        if (locks.findByIdOptional(period.toString()).isPresent()) {
            throw DomainException.conflict("Period already locked", "Period " + period + " is locked already", "period");
        }
        PeriodLock lock = new PeriodLock();
        lock.period = period.toString();
        lock.lockedAt = Instant.now();
        lock.lockedBy = actor.name();
        lock.reason = reason;
        locks.persist(lock);
        return PeriodLockView.from(lock);
    }

    @Transactional
    public void unlock(String periodText) {
        Period period = Periods.parse(periodText, "period");
        PeriodLock lock = locks.findByIdOptional(period.toString())
                .orElseThrow(() -> DomainException.notFound("Period lock", period));
        locks.delete(lock);
    }

    @Transactional
    public List<PeriodLockView> list() {
        return locks.allByPeriod().stream().map(PeriodLockView::from).toList();
    }
}
