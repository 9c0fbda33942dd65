package org.partnershiphub.directory.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "DissolveRequest", description = "When a partnership ceased")
public record DissolveRequest(@Schema(examples = "2026-03-31") @NotNull(message = "give dissolved_on, e.g. 2026-03-31")
                              LocalDate dissolvedOn) {
}
