package org.partnershiphub.notification.messaging.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/** The fields of directory-service's {@code partnership.registered} that the e-News uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnershipRegistered(UUID id, String name, String type, String url, Instant registeredAt) {

    public static final String TYPE = "partnership.registered";
}
