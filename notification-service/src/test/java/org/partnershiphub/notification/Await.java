package org.partnershiphub.notification;

import java.time.Instant;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waits for an eventually consistent effect (a consumed event, a dispatched email), up to 30 s. */
public final class Await {

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        boolean met = condition.getAsBoolean();
        while (!met && Instant.now().isBefore(deadline)) {
            TestInbox.pause();
            met = condition.getAsBoolean();
        }
        assertTrue(met, what);
    }
}
