package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "MembershipRequest", description = "A person's seat on a partnership")
public record MembershipRequest(
        @NotNull(message = "give person_id") UUID personId,
        @NotNull(message = "give partnership_id") UUID partnershipId,
        @Schema(description = "On behalf of which organisation") UUID organisationId,
        @Schema(description = "The post (seat) held, if any") UUID postId,
        @Schema(examples = "chair", enumeration = {"chair", "vice-chair", "member", "coordinator", "supporting-officer"})
        @NotNull(message = ROLE_MESSAGE) @Pattern(regexp = ROLES, message = ROLE_MESSAGE) String role,
        @Schema(examples = "2026-04-01") @NotNull(message = "give starts_on, e.g. 2026-04-01") LocalDate startsOn,
        @Schema(examples = "2027-03-31") LocalDate endsOn,
        @Schema(description = "Has a vote; true when omitted", examples = "true") Boolean voting) {

    static final String ROLES = "chair|vice-chair|member|coordinator|supporting-officer";
    static final String ROLE_MESSAGE = "give the role: one of chair, vice-chair, member, coordinator, supporting-officer";
}
