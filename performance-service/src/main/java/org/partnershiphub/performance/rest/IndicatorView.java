package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.Indicator;

@Schema(name = "Indicator")
public record IndicatorView(String code, String title, String definition, String unit, String polarity, String frequency,
                            String source) {

    public static IndicatorView from(Indicator i) {
        return new IndicatorView(i.code, i.title, i.definition, i.unit, i.polarity, i.frequency, i.source);
    }
}
