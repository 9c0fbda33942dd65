package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "EndMembershipRequest", description = "The last day of a membership")
public record EndMembershipRequest(@Schema(examples = "2027-03-31") @NotNull(message = "give ends_on, e.g. 2027-03-31")
                                   LocalDate endsOn) {
}
