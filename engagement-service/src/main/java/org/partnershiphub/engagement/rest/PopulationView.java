package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

@Schema(name = "ReferencePopulation")
public record PopulationView(String area, String source, boolean illustrative,
                             Map<String, Map<String, BigDecimal>> shares) {
}
