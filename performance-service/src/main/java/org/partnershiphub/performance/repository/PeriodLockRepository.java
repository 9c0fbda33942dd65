package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.PeriodLock;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class PeriodLockRepository implements PanacheRepositoryBase<PeriodLock, String> {

    public List<PeriodLock> allByPeriod() {
        return listAll(Sort.by("period"));
    }

    public Set<String> lockedPeriods() {
        return listAll().stream().map(l -> l.period).collect(Collectors.toSet());
    }
}
