package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.Numbers;
import org.partnershiphub.performance.domain.ValueChange;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "ValueChange", description = "One change of a value: who, when, why, from what to what")
public record ValueChangeView(Instant changedAt, String changedBy, String reason, BigDecimal value, String status,
                              BigDecimal previousValue, String previousStatus, String source, String note) {

    public static ValueChangeView from(ValueChange c) {
        return new ValueChangeView(c.changedAt, c.changedBy, c.reason, Numbers.plain(c.value), c.status, Numbers.plain(c.previousValue),
                c.previousStatus, c.source, c.note);
    }
}
