package org.partnershiphub.performance.messaging.events;

/** An event this service publishes on {@code performance.events}; each is documented in {@code /asyncapi.yaml}. */
public interface PerformanceEvent {

    /** The CloudEvents type, e.g. {@code target.status-changed}. */
    String eventType();

    /** The aggregate the event is about: the Kafka key and the CloudEvents subject. */
    String aggregateId();

    String aggregateType();
}
