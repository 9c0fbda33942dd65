package org.partnershiphub.notification.messaging;

/** A record that can never be handled, however often it is tried: it goes straight to the dead-letter topic. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
