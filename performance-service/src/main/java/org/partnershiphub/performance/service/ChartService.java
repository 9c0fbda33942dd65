package org.partnershiphub.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.performance.domain.Period;
import org.partnershiphub.performance.domain.Rag;
import org.partnershiphub.performance.domain.StatusCalculator;
import org.partnershiphub.performance.domain.TargetVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A target drawn as a standalone SVG: actuals, trajectory, yearly targets and the latest RAG. */
@ApplicationScoped
public class ChartService {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 190;
    private static final int TOP = 60;
    private static final int BOTTOM = 60;

    private final StatusService status;
    private final TargetDescriber describer;

    ChartService(StatusService status, TargetDescriber describer) {
        this.status = status;
        this.describer = describer;
    }

    @Transactional
    public String chart(UUID targetId) {
        StatusService.Evaluation e = status.evaluation(targetId);
        StatusCalculator calc = e.calculator();
        TargetVersion current = e.versions().get(e.versions().size() - 1);
        Period baseline = Period.parseOrNull(current.baselinePeriod);
        LocalDate start = baseline != null ? baseline.endDate() : Period.year(e.agreement().firstYear).startDate();
        LocalDate end = Period.year(e.agreement().lastYear).endDate();

        // trajectory: baseline, then each year's end read against the version in force for that year
        Map<LocalDate, Double> trajectory = new TreeMap<>();
        trajectory.put(start, current.baselineValue.doubleValue());
        for (int y = e.agreement().firstYear; y <= e.agreement().lastYear; y++) {
            Period year = Period.year(y);
            trajectory.put(year.endDate(), calc.trajectoryAt(calc.versionFor(year), year.endDate()));
        }
        for (StatusCalculator.Reading r : e.readings()) {
            LocalDate at = Period.parseOrNull(r.period()).endDate();
            if (at.isBefore(start)) {
                start = at;
            }
            if (at.isAfter(end)) {
                end = at;
            }
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : trajectory.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (BigDecimal v : current.yearlyTargets.values()) {
            min = Math.min(min, v.doubleValue());
            max = Math.max(max, v.doubleValue());
        }
        for (StatusCalculator.Reading r : e.readings()) {
            min = Math.min(min, r.actual());
            max = Math.max(max, r.actual());
        }
        double pad = (max - min) * 0.1 + (max == min ? 1 : 0);
        Scale scale = new Scale(start.toEpochDay(), end.toEpochDay(), min - pad, max + pad);

        String title = describer.describe(e.target(), e.indicator()).title();
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-labelledby=\"t\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title id=\"t\">").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"28\" font-size=\"15\" font-weight=\"bold\">")
                .append(escape(title)).append("</text>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"46\" fill=\"#555\">")
                .append(escape(e.indicator().polarity.equals("higher") ? "Higher is better" : "Lower is better"))
                .append(escape(" · unit: " + e.indicator().unit)).append("</text>\n");
        // axes and year labels
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#333", 1, null));
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#333", 1, null));
        for (int i = 0; i <= 4; i++) {
            double v = scale.minY + (scale.maxY - scale.minY) * i / 4;
            double y = scale.y(v);
            svg.append(line(LEFT - 4, y, WIDTH - RIGHT, y, "#e5e5e5", 1, null));
            svg.append(text(LEFT - 8, y + 4, plain(v), "end", "#333"));
        }
        int firstYear = start.getMonthValue() < 4 ? start.getYear() - 1 : start.getYear();
        for (int y = firstYear; Period.year(y).endDate().toEpochDay() <= scale.maxX; y++) {
            double x = scale.x(Period.year(y).endDate().toEpochDay());
            if (x >= LEFT) {
                svg.append(line(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5, "#333", 1, null));
                svg.append(text(x, HEIGHT - BOTTOM + 20, Period.year(y).toString(), "middle", "#333"));
            }
        }
        // trajectory
        StringBuilder path = new StringBuilder();
        trajectory.forEach((date, v) -> path.append(String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(date.toEpochDay()), scale.y(v))));
        svg.append("<polyline fill=\"none\" stroke=\"#7a7a7a\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"")
                .append(path.toString().strip()).append("\"/>\n");
        // yearly targets
        new TreeMap<>(current.yearlyTargets).forEach((year, v) -> {
            Period p = Period.parseOrNull(year);
            double x = scale.x(p.endDate().toEpochDay());
            double y = scale.y(v.doubleValue());
            svg.append(line(x - 12, y, x + 12, y, "#1d4ed8", 3, null));
            svg.append(text(x + 14, y - 6, "target " + year + ": " + plain(v.doubleValue()), "start", "#1d4ed8"));
        });
        // actuals
        StringBuilder actualPath = new StringBuilder();
        for (StatusCalculator.Reading r : e.readings()) {
            double x = scale.x(Period.parseOrNull(r.period()).endDate().toEpochDay());
            actualPath.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, scale.y(r.actual())));
        }
        if (!e.readings().isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"#111827\" stroke-width=\"2\" points=\"")
                    .append(actualPath.toString().strip()).append("\"/>\n");
        }
        for (StatusCalculator.Reading r : e.readings()) {
            double x = scale.x(Period.parseOrNull(r.period()).endDate().toEpochDay());
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s</title></circle>\n",
                    x, scale.y(r.actual()), colour(r.rag()), escape(r.period() + ": " + plain(r.actual()) + " (" + r.rag().code() + ")")));
        }
        StatusCalculator.Reading latest = e.latest();
        int lx = WIDTH - RIGHT + 20;
        if (latest != null) {
            double x = scale.x(Period.parseOrNull(latest.period()).endDate().toEpochDay());
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"%s\" stroke=\"#111827\" stroke-width=\"2\"/>\n",
                    x, scale.y(latest.actual()), colour(latest.rag())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"150\" height=\"28\" rx=\"4\" fill=\"%s\"/>\n",
                    lx, TOP, colour(latest.rag())));
            svg.append(text(lx + 75, TOP + 19, latest.rag().code().toUpperCase(Locale.ROOT) + " · " + latest.period(),
                    "middle", "#ffffff"));
            svg.append(text(lx, TOP + 48, "latest " + plain(latest.actual()) + " vs " + plain(latest.trajectory()), "start", "#333"));
        } else {
            svg.append(text(lx, TOP + 19, "no values yet", "start", "#333"));
        }
        // legend
        int ly = TOP + 80;
        svg.append(line(lx, ly, lx + 24, ly, "#111827", 2, null)).append(text(lx + 30, ly + 4, "actual", "start", "#333"));
        svg.append(line(lx, ly + 20, lx + 24, ly + 20, "#7a7a7a", 2, "6 4")).append(text(lx + 30, ly + 24, "trajectory", "start", "#333"));
        svg.append(line(lx, ly + 40, lx + 24, ly + 40, "#1d4ed8", 3, null)).append(text(lx + 30, ly + 44, "yearly target", "start", "#333"));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private record Scale(double minX, double maxX, double minY, double maxY) {
        double x(double day) {
            return LEFT + (day - minX) / Math.max(1, maxX - minX) * (WIDTH - LEFT - RIGHT);
        }

        double y(double v) {
            return HEIGHT - BOTTOM - (v - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String colour(Rag rag) {
        return switch (rag) {
            case GREEN -> "#15803d";
            case AMBER -> "#d97706";
            case RED -> "#b91c1c";
        };
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, int width, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"%s/>\n",
                x1, y1, x2, y2, stroke, width, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String text, String anchor, String fill) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>\n",
                x, y, anchor, fill, escape(text));
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(Math.round(v * 100.0) / 100.0).stripTrailingZeros().toPlainString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
