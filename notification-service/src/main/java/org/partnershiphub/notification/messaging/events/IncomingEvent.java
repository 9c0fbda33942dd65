package org.partnershiphub.notification.messaging.events;

import java.time.Instant;

/** A consumed record's CloudEvents attributes and its JSON payload, not yet interpreted. */
public record IncomingEvent(String topic, String id, String type, String subject, Instant time, String data) {
}
