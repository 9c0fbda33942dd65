package org.partnershiphub.engagement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ParticipationProfile", description = "Who took part compared with who lives in the area")
public record ProfileView(String area, LocalDate from, LocalDate to,
                          @Schema(description = "Engagements in the area starting in the period that recorded participation")
                          int engagements, long participants,
                          @Schema(description = "Flag a group when its share of participants is this far below its population share")
                          double margin, String populationSource, boolean populationIllustrative, List<Group> groups) {

    @Schema(name = "ParticipationProfileGroup")
    public record Group(String dimension, String group, long participants, double participationShare,
                        double populationShare, @Schema(description = "participation share − population share") double gap,
                        boolean underHeard) {
    }
}
