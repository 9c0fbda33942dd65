package org.partnershiphub.performance.domain;

import java.math.BigDecimal;

/** Figures as people write them: stored with four decimals, shown without trailing zeros. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
