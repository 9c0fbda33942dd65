package org.partnershiphub.engagement.messaging.events;

/** A consumed record's CloudEvents id and type and its JSON payload, not yet interpreted. */
public record IncomingEvent(String topic, String id, String type, String data) {
}
