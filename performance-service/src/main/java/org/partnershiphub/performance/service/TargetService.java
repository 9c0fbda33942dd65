package org.partnershiphub.performance.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Agreement;
import org.partnershiphub.performance.domain.Indicator;
import org.partnershiphub.performance.domain.Period;
import org.partnershiphub.performance.domain.Target;
import org.partnershiphub.performance.domain.TargetVersion;
import org.partnershiphub.performance.messaging.Outbox;
import org.partnershiphub.performance.messaging.events.TargetEvent;
import org.partnershiphub.performance.repository.AgreementRepository;
import org.partnershiphub.performance.repository.IndicatorRepository;
import org.partnershiphub.performance.repository.PartnershipRepository;
import org.partnershiphub.performance.repository.TargetRepository;
import org.partnershiphub.performance.repository.TargetVersionRepository;
import org.partnershiphub.performance.rest.TargetRequest;
import org.partnershiphub.performance.rest.TargetRevisionRequest;
import org.partnershiphub.performance.rest.TargetVersionView;
import org.partnershiphub.performance.rest.TargetView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
public class TargetService {

    private final TargetRepository targets;
    private final TargetVersionRepository versions;
    private final AgreementRepository agreements;
    private final IndicatorRepository indicators;
    private final PartnershipRepository partnerships;
    private final TargetDescriber describer;
    private final StatusService status;
    private final Outbox outbox;

    TargetService(TargetRepository targets, TargetVersionRepository versions, AgreementRepository agreements,
                  IndicatorRepository indicators, PartnershipRepository partnerships, TargetDescriber describer,
                  StatusService status, Outbox outbox) {
        this.targets = targets;
        this.versions = versions;
        this.agreements = agreements;
        this.indicators = indicators;
        this.partnerships = partnerships;
        this.describer = describer;
        this.status = status;
        this.outbox = outbox;
    }

    @Transactional
    public TargetView create(TargetRequest request, Actor actor) {
        Agreement agreement = agreements.findByIdOptional(request.agreementId()).orElseThrow(() ->
                DomainException.unprocessable("Unknown agreement", "No agreement has id " + request.agreementId(), "agreement_id"));
        Indicator indicator = indicators.findByIdOptional(request.indicatorCode().strip()).orElseThrow(() ->
                DomainException.unprocessable("Unknown indicator", "No indicator has the code '" + request.indicatorCode()
                        + "'; add it under /indicators first", "indicator_code"));
        requireKnownPartnership(request.leadPartnershipId(), "lead_partnership_id");
        Set<UUID> contributing = new LinkedHashSet<>(request.contributingPartnershipIds() == null ? List.of()
                : request.contributingPartnershipIds());
        for (UUID id : contributing) {
            requireKnownPartnership(id, "contributing_partnership_ids");
        }
        contributing.remove(request.leadPartnershipId());
        requireTheme(request.theme());
        String area = request.area().strip();
        if (targets.exists(agreement.id, indicator.code, area)) {
            throw DomainException.conflict("Target already set",
                    "This agreement already has a target for " + indicator.code + " in " + area
                            + "; revise it under /targets/{id}/revisions", "indicator_code");
        }
        Target target = new Target();
        target.id = UUID.randomUUID();
        target.agreementId = agreement.id;
        target.indicatorCode = indicator.code;
        target.areaCode = area;
        target.leadPartnershipId = request.leadPartnershipId();
        target.contributing = contributing.toArray(UUID[]::new);
        target.theme = request.theme();
        target.createdAt = Instant.now();
        targets.persist(target);

        TargetVersion version = new TargetVersion();
        version.id = UUID.randomUUID();
        version.targetId = target.id;
        version.version = 1;
        version.effectiveFrom = request.effectiveFrom() != null ? request.effectiveFrom()
                : Period.year(agreement.firstYear).startDate();
        version.reason = request.reason() != null ? request.reason() : "Target agreed";
        version.approvedBy = request.approvedBy() != null ? request.approvedBy() : agreement.accountableBody;
        version.baselineValue = request.baselineValue();
        version.baselinePeriod = Periods.parse(request.baselinePeriod(), "baseline_period").toString();
        version.yearlyTargets = yearlyTargets(request.targets(), agreement, Map.of());
        version.amberTolerance = request.amberTolerance() != null ? request.amberTolerance() : BigDecimal.valueOf(5);
        version.createdAt = target.createdAt;
        version.createdBy = actor.name();
        versions.persist(version);

        publish(TargetEvent.SET, target, indicator, version);
        status.refresh(target);
        return TargetView.from(target, indicator, describer.describe(target, indicator), List.of(version));
    }

    @Transactional
    public TargetView revise(UUID id, TargetRevisionRequest request, Actor actor) {
        Target target = targets.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Target", id));
        Agreement agreement = agreements.findById(target.agreementId);
        Indicator indicator = indicators.findById(target.indicatorCode);
        List<TargetVersion> history = versions.ofTarget(id);
        TargetVersion latest = history.get(history.size() - 1);
        TargetVersion next = new TargetVersion();
        next.id = UUID.randomUUID();
        next.targetId = id;
        next.version = latest.version + 1;
        next.effectiveFrom = request.effectiveFrom();
        next.reason = request.reason().strip();
        next.approvedBy = request.approvedBy().strip();
        next.baselineValue = request.baselineValue() != null ? request.baselineValue() : latest.baselineValue;
        next.baselinePeriod = request.baselinePeriod() != null
                ? Periods.parse(request.baselinePeriod(), "baseline_period").toString() : latest.baselinePeriod;
        next.yearlyTargets = request.targets() != null ? yearlyTargets(request.targets(), agreement, latest.yearlyTargets)
                : latest.yearlyTargets;
        next.amberTolerance = request.amberTolerance() != null ? request.amberTolerance() : latest.amberTolerance;
        next.createdAt = Instant.now();
        next.createdBy = actor.name();
        versions.persist(next);
        history = new java.util.ArrayList<>(history);
        history.add(next);

        publish(TargetEvent.REVISED, target, indicator, next);
        status.refresh(target);
        return TargetView.from(target, indicator, describer.describe(target, indicator), history);
    }

    @Transactional
    public Optional<TargetView> find(UUID id) {
        return targets.findByIdOptional(id).map(t -> {
            Indicator indicator = indicators.findById(t.indicatorCode);
            return TargetView.from(t, indicator, describer.describe(t, indicator), versions.ofTarget(t.id));
        });
    }

    @Transactional
    public List<TargetVersionView> versions(UUID id) {
        if (targets.findByIdOptional(id).isEmpty()) {
            throw DomainException.notFound("Target", id);
        }
        return versions.ofTarget(id).stream().map(TargetVersionView::from).toList();
    }

    @Transactional
    public PageSlice<TargetView> list(UUID agreementId, String indicatorCode, String area, UUID lead, String theme,
                                      int page, int perPage) {
        PanacheQuery<Target> query = targets.filtered(agreementId, indicatorCode, area, lead, theme)
                .page(Page.of(page - 1, perPage));
        List<Target> found = query.list();
        Map<UUID, List<TargetVersion>> byTarget = new java.util.HashMap<>();
        versions.ofTargets(found.stream().map(t -> t.id).toList())
                .forEach(v -> byTarget.computeIfAbsent(v.targetId, k -> new java.util.ArrayList<>()).add(v));
        return new PageSlice<>(found, query.count(), page, perPage).map(t -> {
            Indicator indicator = indicators.findById(t.indicatorCode);
            return TargetView.from(t, indicator, describer.describe(t, indicator), byTarget.getOrDefault(t.id, List.of()));
        });
    }

    private void publish(String type, Target target, Indicator indicator, TargetVersion version) {
        TargetDescriber.Described d = describer.describe(target, indicator);
        String summary = String.format("%s target by %s: %s (baseline %s in %s); version %d, effective %s, approved by %s: %s",
                d.leadName() != null ? "Led by " + d.leadName() + ";" : "", lastYear(version),
                plain(version.yearlyTargets.get(lastYear(version))), plain(version.baselineValue), version.baselinePeriod,
                version.version, version.effectiveFrom, version.approvedBy, version.reason).strip();
        outbox.publish(new TargetEvent(type, target.id, target.agreementId, indicator.code, indicator.title,
                indicator.polarity, target.leadPartnershipId, d.title(), summary, d.partnerships(), d.areas(), d.themes(),
                d.url(), Instant.now()));
    }

    private static String lastYear(TargetVersion version) {
        return new TreeMap<>(version.yearlyTargets).lastKey();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }

    private void requireKnownPartnership(UUID id, String field) {
        if (id == null || partnerships.findByIdOptional(id).isEmpty()) {
            throw DomainException.unprocessable("Unknown partnership",
                    "No partnership with id " + id + " is known from the directory; register it in directory-service "
                            + "first (this service learns partnerships from directory.events)", field);
        }
    }

    private static void requireTheme(String theme) {
        if (!Themes.CODES.contains(theme)) {
            throw DomainException.badRequest("Unknown theme", "'" + theme + "' is not a theme code; use one of "
                    + String.join(", ", new java.util.TreeSet<>(Themes.CODES)), "theme");
        }
    }

    /** The yearly targets over {@code base}, each a financial year of the agreement. */
    private static Map<String, BigDecimal> yearlyTargets(Map<String, BigDecimal> given, Agreement agreement,
                                                         Map<String, BigDecimal> base) {
        Map<String, BigDecimal> result = new TreeMap<>(base);
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            Period year = Periods.parse(e.getKey(), "targets");
            if (!year.annual() || year.startYear() < agreement.firstYear || year.startYear() > agreement.lastYear) {
                throw DomainException.unprocessable("Target year outside the agreement",
                        "targets are set per financial year of the agreement, " + Period.year(agreement.firstYear)
                                + " to " + Period.year(agreement.lastYear) + "; '" + e.getKey() + "' is not one", "targets");
            }
            if (e.getValue() == null) {
                throw DomainException.badRequest("Missing target value", "give a number for " + year, "targets");
            }
            result.put(year.toString(), e.getValue());
        }
        if (result.isEmpty()) {
            throw DomainException.badRequest("No targets", "give at least one yearly target, e.g. {\"2010-11\": 450}", "targets");
        }
        return result;
    }

}
