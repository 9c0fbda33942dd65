package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.StatusCalculator;
import org.partnershiphub.performance.service.StatusService;

import java.util.List;
import java.util.UUID;

@Schema(name = "TargetStatus", description = "RAG per period, direction of travel and projection, each with how it was computed")
public record TargetStatusView(UUID targetId, String indicatorCode, String polarity, String area, String latestPeriod,
                               String rag, StatusCalculator.Reading latest, StatusCalculator.Direction vsPreviousPeriod,
                               StatusCalculator.Direction vsSamePeriodLastYear, StatusCalculator.Projection projection,
                               List<StatusCalculator.Reading> periods, String method) {

    public static TargetStatusView from(StatusService.Evaluation e, String method) {
        StatusCalculator.Reading latest = e.latest();
        return new TargetStatusView(e.target().id, e.indicator().code, e.indicator().polarity, e.target().areaCode,
                latest == null ? null : latest.period(), latest == null ? null : latest.rag().code(), latest,
                e.vsPrevious(), e.vsLastYear(), e.projection(), e.readings(), method);
    }
}
