package org.partnershiphub.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Person;

import java.time.Instant;
import java.util.UUID;

/** Name and public role only: a person's own contact details never leave the service. */
@Schema(name = "Person", description = "Name and public role only")
public record PersonView(UUID id, @Schema(examples = "Alex Example") String name,
                         @Schema(examples = "Chief Executive, Wealden District Council") String publicRole,
                         Instant updatedAt) {

    public static PersonView from(Person p) {
        return new PersonView(p.id, p.name, p.publicRole, p.updatedAt);
    }
}
