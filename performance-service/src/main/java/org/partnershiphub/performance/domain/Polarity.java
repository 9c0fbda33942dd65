package org.partnershiphub.performance.domain;

/** Whether a higher or a lower figure is the better one. */
public enum Polarity {
    HIGHER, LOWER;

    public String code() {
        return name().toLowerCase();
    }

    /** How much better {@code actual} is than {@code reference}: positive when better, whatever the polarity. */
    public double better(double actual, double reference) {
        return this == HIGHER ? actual - reference : reference - actual;
    }
}
