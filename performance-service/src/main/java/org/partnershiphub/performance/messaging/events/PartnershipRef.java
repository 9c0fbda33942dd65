package org.partnershiphub.performance.messaging.events;

import java.util.UUID;

/** A partnership named in an event, with its part: lead or contributing. */
public record PartnershipRef(UUID id, String name, String role) {
}
