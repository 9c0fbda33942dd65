package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.Numbers;
import org.partnershiphub.performance.domain.IndicatorValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Value")
public record ValueView(UUID id, String indicatorCode, String area, String period, BigDecimal value, String status,
                        String source, String note, Instant createdAt, Instant updatedAt) {

    public static ValueView from(IndicatorValue v) {
        return new ValueView(v.id, v.indicatorCode, v.areaCode, v.period, Numbers.plain(v.value), v.status, v.source, v.note,
                v.createdAt, v.updatedAt);
    }
}
