package org.partnershiphub.performance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "MilestoneRequest")
public record MilestoneRequest(
        @Schema(examples = "Affordable housing SPD adopted") @NotBlank(message = "give the milestone's title") @Size(max = 300) String title,
        @Schema(examples = "2009-12-31") @NotNull(message = "give the due date, e.g. 2009-12-31") LocalDate dueOn,
        @Schema(examples = "Lewes DC Head of Planning") @Size(max = 300) String lead,
        @Schema(enumeration = {"planned", "in-progress", "completed"}, description = "Defaults to planned")
        @Pattern(regexp = "planned|in-progress|completed", message = "status is one of planned, in-progress, completed") String status,
        @Schema(description = "When completed; defaults to today when status is completed") LocalDate completedOn) {
}
