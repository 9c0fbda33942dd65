package org.partnershiphub.notification.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "EditionUpdate", description = "The editor's changes; a field left out stays as it is")
public record EditionUpdate(@Size(max = 200, message = "title must be at most 200 characters") String title,
                            @Size(max = 20000, message = "editorial must be at most 20000 characters") String editorial,
                            @Schema(description = "The items to include, in order; any item may be added, "
                                    + "left-out items are removed") List<UUID> items) {
}
