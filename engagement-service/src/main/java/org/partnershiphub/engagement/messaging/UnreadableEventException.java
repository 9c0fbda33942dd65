package org.partnershiphub.engagement.messaging;

/** A record that can never be handled, however often it is retried; it goes to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
