package org.partnershiphub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Agreement;
import org.partnershiphub.performance.domain.Indicator;
import org.partnershiphub.performance.domain.IndicatorValue;
import org.partnershiphub.performance.domain.Period;
import org.partnershiphub.performance.domain.StatusCalculator;
import org.partnershiphub.performance.domain.Target;
import org.partnershiphub.performance.domain.TargetRag;
import org.partnershiphub.performance.domain.TargetVersion;
import org.partnershiphub.performance.messaging.Outbox;
import org.partnershiphub.performance.messaging.events.TargetStatusChanged;
import org.partnershiphub.performance.repository.AgreementRepository;
import org.partnershiphub.performance.repository.IndicatorRepository;
import org.partnershiphub.performance.repository.TargetRagRepository;
import org.partnershiphub.performance.repository.TargetRepository;
import org.partnershiphub.performance.repository.TargetVersionRepository;
import org.partnershiphub.performance.repository.ValueRepository;
import org.partnershiphub.performance.rest.TargetStatusView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Works out each target's RAG, direction of travel and projection, and announces real changes of RAG. */
@ApplicationScoped
public class StatusService {

    static final String METHOD = "Each period's figure is compared with the trajectory of the target version in force at the "
            + "period's end (see periods[].method); direction of travel compares the latest figure with the period before "
            + "and the same period a year earlier; the projection fits a line through up to four recent figures of the "
            + "same kind (quarterly or annual) and reads it at the end of the agreement's final year.";

    /** A target with everything its status needs, loaded once. */
    public record Evaluation(Target target, Indicator indicator, Agreement agreement, List<TargetVersion> versions,
                             StatusCalculator calculator, List<StatusCalculator.Reading> readings,
                             StatusCalculator.Direction vsPrevious, StatusCalculator.Direction vsLastYear,
                             StatusCalculator.Projection projection) {

        public StatusCalculator.Reading latest() {
            return readings.isEmpty() ? null : readings.get(readings.size() - 1);
        }
    }

    private final TargetRepository targets;
    private final TargetVersionRepository versions;
    private final IndicatorRepository indicators;
    private final AgreementRepository agreements;
    private final ValueRepository values;
    private final TargetRagRepository rags;
    private final TargetDescriber describer;
    private final Outbox outbox;

    StatusService(TargetRepository targets, TargetVersionRepository versions, IndicatorRepository indicators,
                  AgreementRepository agreements, ValueRepository values, TargetRagRepository rags,
                  TargetDescriber describer, Outbox outbox) {
        this.targets = targets;
        this.versions = versions;
        this.indicators = indicators;
        this.agreements = agreements;
        this.values = values;
        this.rags = rags;
        this.describer = describer;
        this.outbox = outbox;
    }

    @Transactional
    public TargetStatusView status(UUID targetId) {
        Target target = targets.findByIdOptional(targetId).orElseThrow(() -> DomainException.notFound("Target", targetId));
        return TargetStatusView.from(evaluate(target, versions.ofTarget(targetId)), METHOD);
    }

    @Transactional
    public Evaluation evaluation(UUID targetId) {
        Target target = targets.findByIdOptional(targetId).orElseThrow(() -> DomainException.notFound("Target", targetId));
        return evaluate(target, versions.ofTarget(targetId));
    }

    /** Every target matching the filters, evaluated. */
    @Transactional
    public List<Evaluation> evaluateAll(UUID lead, String theme, String area) {
        List<Target> found = targets.filtered(null, null, area, lead, theme).list();
        Map<UUID, List<TargetVersion>> byTarget = new HashMap<>();
        versions.ofTargets(found.stream().map(t -> t.id).toList())
                .forEach(v -> byTarget.computeIfAbsent(v.targetId, k -> new ArrayList<>()).add(v));
        List<Evaluation> result = new ArrayList<>();
        for (Target t : found) {
            result.add(evaluate(t, byTarget.getOrDefault(t.id, List.of())));
        }
        return result;
    }

    /** Recomputes the targets on these indicator|area keys and announces those whose RAG changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshKeys(Collection<String> indicatorAreaKeys) {
        for (String key : indicatorAreaKeys) {
            int bar = key.indexOf('|');
            for (Target t : targets.forIndicatorAndArea(key.substring(0, bar), key.substring(bar + 1))) {
                refresh(t);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Target target) {
        Evaluation evaluation = evaluate(target, versions.ofTarget(target.id));
        StatusCalculator.Reading latest = evaluation.latest();
        if (latest == null) {
            return;
        }
        TargetRag known = rags.findByIdOptional(target.id).orElse(null);
        String newStatus = latest.rag().code();
        if (known != null && known.status.equals(newStatus)) {
            known.period = latest.period();
            return;
        }
        String oldStatus = known == null ? null : known.status;
        if (known == null) {
            known = new TargetRag();
            known.targetId = target.id;
            known.period = latest.period();
            known.status = newStatus;
            known.changedAt = Instant.now();
            rags.persist(known);
        } else {
            known.period = latest.period();
            known.status = newStatus;
            known.changedAt = Instant.now();
        }
        TargetDescriber.Described d = describer.describe(target, evaluation.indicator());
        String summary = String.format("%s: %s against a trajectory of %s – %s%s", latest.period(),
                plain(latest.actual()), plain(latest.trajectory()),
                newStatus, oldStatus == null ? " (first status)" : " (was " + oldStatus + ")");
        outbox.publish(new TargetStatusChanged(target.id, evaluation.indicator().code, evaluation.indicator().title,
                latest.period(), oldStatus, newStatus, target.leadPartnershipId, d.title(), summary, d.partnerships(),
                d.areas(), d.themes(), d.url(), Instant.now()));
    }

    private Evaluation evaluate(Target target, List<TargetVersion> targetVersions) {
        Indicator indicator = indicators.findById(target.indicatorCode);
        Agreement agreement = agreements.findById(target.agreementId);
        StatusCalculator calculator = new StatusCalculator(indicator.polarityValue(), targetVersions);
        Map<Period, Double> byPeriod = new TreeMap<>();
        for (IndicatorValue v : values.forIndicatorAndArea(target.indicatorCode, target.areaCode)) {
            Period p = Period.parseOrNull(v.period);
            if (p != null) {
                byPeriod.put(p, v.value.doubleValue());
            }
        }
        List<StatusCalculator.Reading> readings = new ArrayList<>();
        byPeriod.forEach((p, v) -> readings.add(calculator.read(p, v)));
        StatusCalculator.Direction vsPrevious = null;
        StatusCalculator.Direction vsLastYear = null;
        StatusCalculator.Projection projection = null;
        if (!byPeriod.isEmpty()) {
            Period latest = ((TreeMap<Period, Double>) byPeriod).lastKey();
            double actual = byPeriod.get(latest);
            vsPrevious = calculator.direction(latest, actual, latest.previous(), byPeriod.get(latest.previous()),
                    "the period before");
            vsLastYear = calculator.direction(latest, actual, latest.sameLastYear(), byPeriod.get(latest.sameLastYear()),
                    "the same period a year earlier");
            Map<Period, Double> sameKind = new LinkedHashMap<>();
            byPeriod.forEach((p, v) -> {
                if (p.annual() == latest.annual()) {
                    sameKind.put(p, v);
                }
            });
            projection = calculator.project(sameKind, agreement.lastYear);
        }
        return new Evaluation(target, indicator, agreement, targetVersions, calculator, readings, vsPrevious, vsLastYear,
                projection);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1000.0) / 1000.0).stripTrailingZeros().toPlainString();
    }
}
