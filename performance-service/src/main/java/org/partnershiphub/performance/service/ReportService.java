package org.partnershiphub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Milestone;
import org.partnershiphub.performance.domain.Period;
import org.partnershiphub.performance.domain.Risk;
import org.partnershiphub.performance.domain.StatusCalculator;
import org.partnershiphub.performance.domain.Target;
import org.partnershiphub.performance.repository.MilestoneRepository;
import org.partnershiphub.performance.repository.PartnershipRepository;
import org.partnershiphub.performance.repository.RiskRepository;
import org.partnershiphub.performance.repository.ValueRepository;
import org.partnershiphub.performance.rest.ExceptionReportView;
import org.partnershiphub.performance.rest.MissingReturnsView;
import org.partnershiphub.performance.rest.ScorecardView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** Views across targets: scorecards, missing returns and the exception report. */
@ApplicationScoped
public class ReportService {

    public static final int HIGH_RISK = 15;

    private final StatusService status;
    private final PartnershipRepository partnerships;
    private final ValueRepository values;
    private final MilestoneRepository milestones;
    private final RiskRepository risks;
    private final TargetDescriber describer;

    ReportService(StatusService status, PartnershipRepository partnerships, ValueRepository values,
                  MilestoneRepository milestones, RiskRepository risks, TargetDescriber describer) {
        this.status = status;
        this.partnerships = partnerships;
        this.values = values;
        this.milestones = milestones;
        this.risks = risks;
        this.describer = describer;
    }

    @Transactional
    public ScorecardView scorecard(String by, UUID lead, String theme, String area) {
        Function<Target, String> key = switch (by) {
            case "theme" -> t -> t.theme;
            case "partnership" -> t -> t.leadPartnershipId.toString();
            case "area" -> t -> t.areaCode;
            default -> throw DomainException.badRequest("Unknown grouping", "by is one of theme, partnership, area", "by");
        };
        Map<String, List<ScorecardView.Row>> groups = new TreeMap<>();
        for (StatusService.Evaluation e : status.evaluateAll(lead, theme, area)) {
            groups.computeIfAbsent(key.apply(e.target()), k -> new ArrayList<>()).add(row(e));
        }
        List<ScorecardView.Group> result = new ArrayList<>();
        groups.forEach((k, rows) -> {
            rows.sort(Comparator.comparing(ScorecardView.Row::indicatorCode).thenComparing(ScorecardView.Row::area));
            result.add(new ScorecardView.Group(k, groupName(by, k), count(rows, "green"), count(rows, "amber"),
                    count(rows, "red"), count(rows, null), rows));
        });
        return new ScorecardView(by, "Each target's RAG is that of its latest period with a value, against the "
                + "trajectory of the target version in force then (see /targets/{id}/status for how each was computed).",
                result);
    }

    @Transactional
    public MissingReturnsView missingReturns(String periodText) {
        Period period = Periods.parse(periodText, "period");
        Set<String> withValue = new HashSet<>(values.keysWithValueFor(period.toString()));
        Map<UUID, List<MissingReturnsView.Target>> byLead = new LinkedHashMap<>();
        int missing = 0;
        for (StatusService.Evaluation e : status.evaluateAll(null, null, null)) {
            Target t = e.target();
            boolean inAgreement = period.startYear() >= e.agreement().firstYear && period.startYear() <= e.agreement().lastYear;
            boolean expected = period.annual() || "quarterly".equals(e.indicator().frequency);
            if (!inAgreement || !expected || withValue.contains(t.indicatorCode + "|" + t.areaCode)) {
                continue;
            }
            missing++;
            byLead.computeIfAbsent(t.leadPartnershipId, k -> new ArrayList<>()).add(new MissingReturnsView.Target(t.id,
                    describer.describe(t, e.indicator()).title(), t.indicatorCode, t.areaCode, e.indicator().frequency,
                    describer.url("/targets/" + t.id)));
        }
        List<MissingReturnsView.Partnership> result = new ArrayList<>();
        byLead.forEach((id, targets) -> result.add(new MissingReturnsView.Partnership(id, groupName("partnership",
                id.toString()), targets)));
        result.sort(Comparator.comparing(p -> p.name() == null ? "" : p.name()));
        return new MissingReturnsView(period.toString(), "Targets whose agreement covers " + period.financialYear()
                + (period.annual() ? "" : " and whose indicator is reported quarterly")
                + " and that have no value for " + period + ", grouped by lead partnership", missing, result);
    }

    @Transactional
    public ExceptionReportView exceptions(UUID lead, String theme) {
        LocalDate today = LocalDate.now();
        List<StatusService.Evaluation> evaluations = status.evaluateAll(lead, theme, null);
        Map<UUID, StatusService.Evaluation> byTarget = new LinkedHashMap<>();
        evaluations.forEach(e -> byTarget.put(e.target().id, e));
        Map<String, Section> partnershipSections = new TreeMap<>();
        Map<String, Section> themeSections = new TreeMap<>();
        for (StatusService.Evaluation e : evaluations) {
            StatusCalculator.Reading latest = e.latest();
            if (latest != null && latest.rag() == org.partnershiphub.performance.domain.Rag.RED) {
                ExceptionReportView.RedTarget red = new ExceptionReportView.RedTarget(e.target().id,
                        describer.describe(e.target(), e.indicator()).title(), latest.period(), latest.actual(),
                        latest.trajectory(), describer.url("/targets/" + e.target().id));
                sections(partnershipSections, themeSections, e.target()).forEach(s -> s.red.add(red));
            }
        }
        for (Milestone m : milestones.overdue(today)) {
            StatusService.Evaluation e = byTarget.get(m.targetId);
            if (e != null) {
                ExceptionReportView.OverdueMilestone overdue = new ExceptionReportView.OverdueMilestone(m.id, m.targetId,
                        m.title, m.dueOn, m.lead, m.status);
                sections(partnershipSections, themeSections, e.target()).forEach(s -> s.milestones.add(overdue));
            }
        }
        for (Risk r : risks.withScoreAtLeast(HIGH_RISK)) {
            StatusService.Evaluation e = byTarget.get(r.targetId);
            if (e != null) {
                ExceptionReportView.HighRisk high = new ExceptionReportView.HighRisk(r.id, r.targetId, r.description,
                        r.likelihood, r.impact, r.score(), r.owner);
                sections(partnershipSections, themeSections, e.target()).forEach(s -> s.risks.add(high));
            }
        }
        return new ExceptionReportView(today, "Red: the latest period's RAG is red. Overdue: past the due date and not "
                + "completed. High risk: likelihood × impact of " + HIGH_RISK + " or more. Grouped by the target's lead "
                + "partnership and by its theme.",
                partnershipSections.values().stream().map(s -> s.view("partnership", this)).toList(),
                themeSections.values().stream().map(s -> s.view("theme", this)).toList());
    }

    private static final class Section {
        final String key;
        final List<ExceptionReportView.RedTarget> red = new ArrayList<>();
        final List<ExceptionReportView.OverdueMilestone> milestones = new ArrayList<>();
        final List<ExceptionReportView.HighRisk> risks = new ArrayList<>();

        Section(String key) {
            this.key = key;
        }

        ExceptionReportView.Section view(String by, ReportService names) {
            return new ExceptionReportView.Section(key, names.groupName(by, key), red, milestones, risks);
        }
    }

    private static List<Section> sections(Map<String, Section> byPartnership, Map<String, Section> byTheme, Target t) {
        return List.of(byPartnership.computeIfAbsent(t.leadPartnershipId.toString(), Section::new),
                byTheme.computeIfAbsent(t.theme, Section::new));
    }

    private ScorecardView.Row row(StatusService.Evaluation e) {
        Target t = e.target();
        StatusCalculator.Reading latest = e.latest();
        return new ScorecardView.Row(t.id, describer.describe(t, e.indicator()).title(), t.indicatorCode, t.areaCode,
                t.theme, t.leadPartnershipId, groupName("partnership", t.leadPartnershipId.toString()),
                latest == null ? null : latest.period(), latest == null ? null : latest.actual(),
                latest == null ? null : latest.trajectory(), latest == null ? null : latest.rag().code(),
                e.vsPrevious() == null ? null : e.vsPrevious().direction(),
                e.vsLastYear() == null ? null : e.vsLastYear().direction(),
                e.projection() == null ? null : e.projection().outcome(), describer.url("/targets/" + t.id));
    }

    String groupName(String by, String key) {
        return switch (by) {
            case "partnership" -> partnerships.findByIdOptional(UUID.fromString(key)).map(p -> p.name).orElse(null);
            case "area" -> describer.areaName(key);
            default -> key;
        };
    }

    private static int count(List<ScorecardView.Row> rows, String rag) {
        return (int) rows.stream().filter(r -> rag == null ? r.rag() == null : rag.equals(r.rag())).count();
    }
}
