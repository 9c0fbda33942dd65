package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.Numbers;
import org.partnershiphub.performance.domain.TargetVersion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

@Schema(name = "TargetVersion", description = "One version of a target's figures")
public record TargetVersionView(int version, LocalDate effectiveFrom, String reason, String approvedBy,
                                BigDecimal baselineValue, String baselinePeriod, Map<String, BigDecimal> targets,
                                BigDecimal amberTolerance, Instant createdAt, String createdBy) {

    public static TargetVersionView from(TargetVersion v) {
        return new TargetVersionView(v.version, v.effectiveFrom, v.reason, v.approvedBy, Numbers.plain(v.baselineValue), v.baselinePeriod,
                plainTargets(v.yearlyTargets), Numbers.plain(v.amberTolerance), v.createdAt, v.createdBy);
    }

    private static Map<String, BigDecimal> plainTargets(Map<String, BigDecimal> targets) {
        Map<String, BigDecimal> result = new TreeMap<>();
        targets.forEach((year, value) -> result.put(year, Numbers.plain(value)));
        return result;
    }
}
