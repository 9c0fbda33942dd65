package org.partnershiphub.performance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The status rules of a target, kept free of storage so they read as the LAA team states them:
 * the trajectory is a straight line from the baseline to each year's target; a figure on or better
 * than it is green, worse by no more than the amber tolerance (percent of the trajectory value) amber,
 * otherwise red. Each period is judged against the target version in force at the period's end.
 */
public final class StatusCalculator {

    /** RAG of one period. */
    public record Reading(String period, double actual, double trajectory, int version, Rag rag, String method) {
    }

    /** Direction of travel: improving, worsening, unchanged or no-data. */
    public record Direction(String comparedWith, Double previousValue, String direction, String method) {
    }

    /** Where the recent trend leads by the end of the final year: on-course, at-risk, off-course or not-enough-data. */
    public record Projection(String finalYear, Double projectedValue, Double finalTarget, String outcome, String method) {
    }

    private final Polarity polarity;
    private final List<TargetVersion> versions;

    public StatusCalculator(Polarity polarity, List<TargetVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a target has at least one version");
        }
        this.polarity = polarity;
        this.versions = versions.stream().sorted(Comparator.comparingInt(v -> v.version)).toList();
    }

    /** The latest version effective by the period's end; before the first effective date, the first version. */
    public TargetVersion versionFor(Period period) {
        TargetVersion inForce = versions.get(0);
        for (TargetVersion v : versions) {
            if (!v.effectiveFrom.isAfter(period.endDate())) {
                inForce = v;
            }
        }
        return inForce;
    }

    public double trajectoryAt(TargetVersion version, LocalDate date) {
        NavigableMap<Long, Double> points = points(version);
        long day = date.toEpochDay();
        Map.Entry<Long, Double> before = points.floorEntry(day);
        Map.Entry<Long, Double> after = points.ceilingEntry(day);
        if (before == null) {
            return after.getValue();
        }
        if (after == null || after.getKey().equals(before.getKey())) {
            return before.getValue();
        }
        double share = (double) (day - before.getKey()) / (after.getKey() - before.getKey());
        return before.getValue() + share * (after.getValue() - before.getValue());
    }

    public Reading read(Period period, double actual) {
        TargetVersion version = versionFor(period);
        double trajectory = trajectoryAt(version, period.endDate());
        double tolerance = version.amberTolerance.doubleValue();
        Rag rag = rag(actual, trajectory, tolerance);
        double better = polarity.better(actual, trajectory);
        String method = String.format(
                "Trajectory of version %d (effective %s): straight line from the baseline %s (%s) through each year's "
                        + "target, read at %s = %s. %s is better; the actual %s is %s the trajectory by %s. "
                        + "Green when on or better than the trajectory, amber when worse by at most %s%% of it, otherwise red.",
                version.version, version.effectiveFrom, plain(version.baselineValue.doubleValue()),
                version.baselinePeriod, period.endDate(), plain(trajectory), polarity == Polarity.HIGHER ? "Higher" : "Lower",
                plain(actual), better >= 0 ? "better than" : "worse than", plain(Math.abs(better)), plain(tolerance));
        return new Reading(period.toString(), actual, round(trajectory), version.version, rag, method);
    }

    Rag rag(double actual, double trajectory, double tolerancePercent) {
        double better = polarity.better(actual, trajectory);
        if (better >= -1e-9) {
            return Rag.GREEN;
        }
        return -better <= Math.abs(trajectory) * tolerancePercent / 100.0 + 1e-9 ? Rag.AMBER : Rag.RED;
    }

    public Direction direction(Period period, double actual, Period other, Double otherValue, String label) {
        if (otherValue == null) {
            return new Direction(other.toString(), null, "no-data",
                    "No value for " + other + " (" + label + ") to compare with");
        }
        double better = polarity.better(actual, otherValue);
        String direction = Math.abs(better) < 1e-9 ? "unchanged" : better > 0 ? "improving" : "worsening";
        return new Direction(other.toString(), otherValue, direction, String.format(
                "%s %s compared with %s for %s (%s); %s is better", period, plain(actual), plain(otherValue), other,
                label, polarity == Polarity.HIGHER ? "higher" : "lower"));
    }

    /**
     * Fits a straight line (least squares) through the most recent figures of the same kind (up to four)
     * and reads it at the end of the final year; the result is judged against that year's target like a RAG.
     */
    public Projection project(Map<Period, Double> recent, int finalYearStart) {
        Period finalYear = Period.year(finalYearStart);
        TargetVersion version = versionFor(finalYear);
        BigDecimal finalTarget = version.yearlyTargets.get(finalYear.toString());
        Double target = finalTarget == null ? null : finalTarget.doubleValue();
        List<Map.Entry<Period, Double>> points = new ArrayList<>(new TreeMap<>(recent).entrySet());
        if (points.size() > 4) {
            points = points.subList(points.size() - 4, points.size());
        }
        if (target == null) {
            return new Projection(finalYear.toString(), null, null, "not-enough-data",
                    "The version in force sets no target for the final year " + finalYear);
        }
        if (points.size() < 2) {
            return new Projection(finalYear.toString(), null, target, "not-enough-data",
                    "A projection needs at least two figures of the same kind; there are " + points.size());
        }
        double n = points.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Map.Entry<Period, Double> p : points) {
            double x = p.getKey().endDate().toEpochDay();
            sx += x;
            sy += p.getValue();
            sxx += x * x;
            sxy += x * p.getValue();
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        double projected = intercept + slope * finalYear.endDate().toEpochDay();
        Rag rag = rag(projected, target, version.amberTolerance.doubleValue());
        String outcome = switch (rag) {
            case GREEN -> "on-course";
            case AMBER -> "at-risk";
            case RED -> "off-course";
        };
        return new Projection(finalYear.toString(), round(projected), target, outcome, String.format(
                "Straight line fitted (least squares) through %s to %s (%d figures), read at %s = %s, against the "
                        + "final-year target %s of version %d: on course when it meets the target, at risk when short by "
                        + "at most %s%%, otherwise off course",
                points.get(0).getKey(), points.get(points.size() - 1).getKey(), points.size(), finalYear.endDate(),
                plain(projected), plain(target), version.version, plain(version.amberTolerance.doubleValue())));
    }

    private static NavigableMap<Long, Double> points(TargetVersion version) {
        NavigableMap<Long, Double> points = new TreeMap<>();
        Period baseline = Period.parseOrNull(version.baselinePeriod);
        if (baseline != null) {
            points.put(baseline.endDate().toEpochDay(), version.baselineValue.doubleValue());
        }
        version.yearlyTargets.forEach((year, value) -> {
            Period p = Period.parseOrNull(year);
            if (p != null) {
                points.put(p.endDate().toEpochDay(), value.doubleValue());
            }
        });
        return points;
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    static String plain(double v) {
        return BigDecimal.valueOf(round(v)).stripTrailingZeros().toPlainString();
    }
}
