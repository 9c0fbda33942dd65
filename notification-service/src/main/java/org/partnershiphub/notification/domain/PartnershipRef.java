package org.partnershiphub.notification.domain;

import java.util.UUID;

/** A partnership an item concerns, and how (lead, contributing, organiser, subject), as the event named it. */
public record PartnershipRef(UUID id, String name, String role) {
}
