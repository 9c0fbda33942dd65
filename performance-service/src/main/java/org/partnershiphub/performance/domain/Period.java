package org.partnershiphub.performance.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a financial year (April to March) written {@code 2009-10}, or one of its
 * quarters {@code 2009-10-Q1} … {@code Q4}, Q1 being April to June.
 */
public record Period(int startYear, int quarter) implements Comparable<Period> {

    public static final String ACCEPTED_FORMS =
            "a financial year written like 2009-10, or one of its quarters written like 2009-10-Q1 to 2009-10-Q4 (Q1 = April-June)";
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})(?:-Q([1-4]))?");

    /** The period written in {@code text}, or null when the text is not one. */
    public static Period parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2)) || start < 1900 || start > 2998) {
            return null;
        }
        return new Period(start, m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    public static Period year(int startYear) {
        return new Period(startYear, 0);
    }

    public boolean annual() {
        return quarter == 0;
    }

    public LocalDate startDate() {
        return annual() ? LocalDate.of(startYear, 4, 1) : LocalDate.of(startYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    public LocalDate endDate() {
        return annual() ? LocalDate.of(startYear + 1, 3, 31) : startDate().plusMonths(3).minusDays(1);
    }

    /** The period just before, of the same length. */
    public Period previous() {
        if (annual()) {
            return year(startYear - 1);
        }
        return quarter == 1 ? new Period(startYear - 1, 4) : new Period(startYear, quarter - 1);
    }

    public Period sameLastYear() {
        return new Period(startYear - 1, quarter);
    }

    /** The financial year a quarter belongs to (a year is its own). */
    public Period financialYear() {
        return year(startYear);
    }

    @Override
    public int compareTo(Period other) {
        int byEnd = endDate().compareTo(other.endDate());
        return byEnd != 0 ? byEnd : Integer.compare(other.quarter == 0 ? 1 : 0, quarter == 0 ? 1 : 0);
    }

    @Override
    public String toString() {
        String year = startYear + "-" + String.format("%02d", (startYear + 1) % 100);
        return annual() ? year : year + "-Q" + quarter;
    }
}
