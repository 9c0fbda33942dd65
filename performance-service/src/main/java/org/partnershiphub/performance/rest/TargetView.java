package org.partnershiphub.performance.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.performance.domain.Indicator;
import org.partnershiphub.performance.domain.Target;
import org.partnershiphub.performance.domain.TargetVersion;
import org.partnershiphub.performance.messaging.events.PartnershipRef;
import org.partnershiphub.performance.service.TargetDescriber;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Schema(name = "Target")
public record TargetView(UUID id, UUID agreementId, String title, String indicatorCode, String indicatorTitle,
                         String polarity, String area, UUID leadPartnershipId, List<UUID> contributingPartnershipIds,
                         List<PartnershipRef> partnerships, String theme, TargetVersionView current,
                         List<TargetVersionView> versions) {

    public static TargetView from(Target t, Indicator indicator, TargetDescriber.Described described,
                                  List<TargetVersion> versions) {
        List<TargetVersionView> history = versions.stream().map(TargetVersionView::from).toList();
        return new TargetView(t.id, t.agreementId, described.title(), t.indicatorCode, indicator.title, indicator.polarity,
                t.areaCode, t.leadPartnershipId, Arrays.asList(t.contributing), described.partnerships(), t.theme,
                history.isEmpty() ? null : history.get(history.size() - 1), history);
    }
}
