package org.partnershiphub.directory.messaging.events;

/** An event this service publishes on {@code directory.events}; each is documented in {@code /asyncapi.yaml}. */
public interface DirectoryEvent {

    /** The CloudEvents type, e.g. {@code partnership.registered}. */
    String eventType();

    /** The aggregate the event is about: the Kafka key and the CloudEvents subject. */
    String aggregateId();

    String aggregateType();
}
