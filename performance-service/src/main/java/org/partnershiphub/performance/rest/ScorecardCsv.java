package org.partnershiphub.performance.rest;

import java.util.List;

/** A scorecard as CSV: one row per target, with its group first. */
final class ScorecardCsv {

    private static final List<String> HEADER = List.of("group", "group_name", "target_id", "title", "indicator_code", "area",
            "theme", "lead_partnership_id", "lead_partnership", "latest_period", "actual", "trajectory", "rag",
            "direction_vs_previous", "direction_vs_last_year", "projection", "url");

    private ScorecardCsv() {
    }

    static String write(ScorecardView card) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (ScorecardView.Group g : card.groups()) {
            for (ScorecardView.Row r : g.targets()) {
                List<Object> cells = java.util.Arrays.asList(g.key(), g.name(), r.targetId(), r.title(), r.indicatorCode(),
                        r.area(), r.theme(), r.leadPartnershipId(), r.leadPartnership(), r.latestPeriod(), r.actual(),
                        r.trajectory(), r.rag(), r.directionVsPrevious(), r.directionVsLastYear(), r.projection(), r.url());
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    csv.append(cell(cells.get(i)));
                }
                csv.append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
