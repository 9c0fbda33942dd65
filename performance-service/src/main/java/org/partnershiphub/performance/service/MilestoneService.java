package org.partnershiphub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Indicator;
import org.partnershiphub.performance.domain.Milestone;
import org.partnershiphub.performance.domain.Risk;
import org.partnershiphub.performance.domain.Target;
import org.partnershiphub.performance.messaging.Outbox;
import org.partnershiphub.performance.messaging.events.MilestoneOverdue;
import org.partnershiphub.performance.repository.IndicatorRepository;
import org.partnershiphub.performance.repository.MilestoneRepository;
import org.partnershiphub.performance.repository.RiskRepository;
import org.partnershiphub.performance.repository.TargetRepository;
import org.partnershiphub.performance.rest.MilestoneRequest;
import org.partnershiphub.performance.rest.MilestoneView;
import org.partnershiphub.performance.rest.RiskRequest;
import org.partnershiphub.performance.rest.RiskView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Milestones and risks of a target, and the once-only announcement of overdue milestones. */
@ApplicationScoped
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final RiskRepository risks;
    private final TargetRepository targets;
    private final IndicatorRepository indicators;
    private final TargetDescriber describer;
    private final Outbox outbox;

    MilestoneService(MilestoneRepository milestones, RiskRepository risks, TargetRepository targets,
                     IndicatorRepository indicators, TargetDescriber describer, Outbox outbox) {
        this.milestones = milestones;
        this.risks = risks;
        this.targets = targets;
        this.indicators = indicators;
        this.describer = describer;
        this.outbox = outbox;
    }

    @Transactional
    public MilestoneView addMilestone(UUID targetId, MilestoneRequest request) {
        target(targetId);
        Milestone m = new Milestone();
        m.id = UUID.randomUUID();
        m.targetId = targetId;
        m.createdAt = Instant.now();
        apply(m, request);
        milestones.persist(m);
        return MilestoneView.from(m, LocalDate.now());
    }

    @Transactional
    public MilestoneView updateMilestone(UUID targetId, UUID id, MilestoneRequest request) {
        Milestone m = milestones.findByIdOptional(id).filter(x -> x.targetId.equals(targetId))
                .orElseThrow(() -> DomainException.notFound("Milestone", id));
        if (!m.dueOn.equals(request.dueOn())) {
            // a new due date is a new promise: if it slips too, say so again
            m.overduePublishedAt = null;
        }
        apply(m, request);
        return MilestoneView.from(m, LocalDate.now());
    }

    @Transactional
    public List<MilestoneView> milestones(UUID targetId) {
        target(targetId);
        LocalDate today = LocalDate.now();
        return milestones.ofTarget(targetId).stream().map(m -> MilestoneView.from(m, today)).toList();
    }

    @Transactional
    public RiskView addRisk(UUID targetId, RiskRequest request) {
        target(targetId);
        Risk r = new Risk();
        r.id = UUID.randomUUID();
        r.targetId = targetId;
        r.createdAt = Instant.now();
        apply(r, request);
        risks.persist(r);
        return RiskView.from(r);
    }

    @Transactional
    public RiskView updateRisk(UUID targetId, UUID id, RiskRequest request) {
        Risk r = risks.findByIdOptional(id).filter(x -> x.targetId.equals(targetId))
                .orElseThrow(() -> DomainException.notFound("Risk", id));
        apply(r, request);
        return RiskView.from(r);
    }

    @Transactional
    public List<RiskView> risks(UUID targetId) {
        target(targetId);
        return risks.ofTarget(targetId).stream().map(RiskView::from).toList();
    }

    /** Announces each milestone that is past due and not completed, once; returns how many were announced. */
    @Transactional
    public int announceOverdue(LocalDate today) {
        List<Milestone> due = milestones.overdueUnannounced(today);
        for (Milestone m : due) {
            Target target = targets.findById(m.targetId);
            Indicator indicator = indicators.findById(target.indicatorCode);
            TargetDescriber.Described d = describer.describe(target, indicator);
            outbox.publish(new MilestoneOverdue(m.id, m.targetId, m.dueOn, m.title,
                    "Due " + m.dueOn + " for " + d.title() + (m.lead != null ? "; lead: " + m.lead : "") + "; status " + m.status,
                    d.partnerships(), d.areas(), d.themes(), describer.url("/targets/" + m.targetId + "/milestones"),
                    Instant.now()));
            m.overduePublishedAt = Instant.now();
        }
        return due.size();
    }

    private void target(UUID targetId) {
        if (targets.findByIdOptional(targetId).isEmpty()) {
            throw DomainException.notFound("Target", targetId);
        }
    }

    private static void apply(Milestone m, MilestoneRequest request) {
        m.title = request.title().strip();
        m.dueOn = request.dueOn();
        m.lead = request.lead();
        m.status = request.status() == null ? "planned" : request.status();
        m.completedOn = "completed".equals(m.status) ? (request.completedOn() != null ? request.completedOn() : LocalDate.now())
                : null;
    }

    private static void apply(Risk r, RiskRequest request) {
        r.description = request.description().strip();
        r.likelihood = request.likelihood();
        r.impact = request.impact();
        r.mitigation = request.mitigation();
        r.owner = request.owner();
    }
}
