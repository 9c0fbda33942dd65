package org.partnershiphub.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "Membership")
public record MembershipView(UUID id, UUID personId, @Schema(examples = "Alex Example") String personName,
                             UUID partnershipId, UUID organisationId,
                             @Schema(examples = "Sussex Police") String organisationName, UUID postId,
                             @Schema(examples = "chair") String role, LocalDate startsOn, LocalDate endsOn,
                             boolean voting, Instant updatedAt) {

    public static MembershipView from(Membership m, String personName, String organisationName) {
        return new MembershipView(m.id, m.personId, personName, m.partnershipId, m.organisationId, organisationName,
                m.postId, m.role, m.startsOn, m.endsOn, m.voting, m.updatedAt);
    }
}
