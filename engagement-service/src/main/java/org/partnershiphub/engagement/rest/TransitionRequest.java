package org.partnershiphub.engagement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TransitionRequest", description = "Move an engagement to another status")
public record TransitionRequest(
        @Schema(examples = "closed", enumeration = {"open", "closed", "cancelled"})
        @NotBlank(message = "give the status to move to") String status,
        @Schema(examples = "Closed after 12 weeks") @Size(max = 1000) String note,
        @Schema(description = "When closing: the day it closed, if not today (the feedback due date counts from it)",
                examples = "2008-04-11")
        @PastOrPresent(message = "closed_on cannot be in the future") LocalDate closedOn) {
}
