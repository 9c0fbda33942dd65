package org.partnershiphub.directory.messaging.events;

import java.util.UUID;

/** A partnership an event concerns, and how: subject, lead, contributing or organiser. */
public record PartnershipRef(UUID id, String name, String role) {
}
