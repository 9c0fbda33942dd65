package org.partnershiphub.notification.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Everything the e-News reads from configuration. */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** Where readers reach this service: the base of every link in an email. */
    String publicUrl();

    Tokens tokens();

    Delivery delivery();

    Bounces bounces();

    Webhooks webhooks();

    Edition edition();

    interface Tokens {
        /**
         * Signs confirmation, manage and unsubscribe links; at least 32 characters. Without one a random
         * secret is used, so links stop working when the service restarts (fine on a laptop only).
         */
        Optional<String> secret();

        @WithDefault("48h")
        Duration confirmationTtl();

        @WithDefault("30d")
        Duration manageTtl();

        @WithDefault("365d")
        Duration unsubscribeTtl();
    }

    interface Delivery {
        /** How often the sender looks for queued emails (read by its schedule). */
        @WithDefault("1s")
        String interval();

        /** Emails per second handed to the SMTP server, at most. */
        @WithDefault("20")
        int perSecond();

        @WithDefault("100")
        int batchSize();

        /** Emails sent in parallel (each sender claims its own batch). */
        @WithDefault("4")
        int senders();

        /** A claimed email not marked sent after this long is taken again (its sender died). */
        @WithDefault("5m")
        Duration lease();

        @WithDefault("5")
        int maxAttempts();
    }

    interface Bounces {
        /** Shared secret the email provider sends in {@code X-Bounce-Token}; without one, reports are refused. */
        Optional<String> token();

        /** Soft bounces in a row that suspend an address. */
        @WithDefault("3")
        int softLimit();
    }

    interface Edition {
        /** How often approved editions are checked for their sending time (read by its schedule). */
        @WithDefault("15s")
        String checkInterval();
    }

    interface Webhooks {
        /** How often due webhook calls are made (read by its schedule). */
        @WithDefault("2s")
        String interval();

        /** Failed attempts in a row after which a webhook is disabled. */
        @WithDefault("5")
        int maxFailures();

        /** Wait before the first retry; doubled for each further one. */
        @WithDefault("30s")
        Duration initialBackoff();

        @WithDefault("10s")
        Duration timeout();

        @WithDefault("50")
        int batchSize();
    }
}
