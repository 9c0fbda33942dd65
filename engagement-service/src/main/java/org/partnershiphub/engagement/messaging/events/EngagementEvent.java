package org.partnershiphub.engagement.messaging.events;

/** An event this service publishes on {@code engagement.events}; each is documented in {@code /asyncapi.yaml}. */
public interface EngagementEvent {

    /** The CloudEvents type, e.g. {@code consultation.opened}. */
    String eventType();

    /** The aggregate the event is about: the Kafka key and the CloudEvents subject. */
    String aggregateId();

    String aggregateType();
}
