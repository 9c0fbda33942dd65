package org.partnershiphub.performance.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "hub")
public interface HubConfig {

    /** The public address of this service, used in links that leave it (events). */
    String publicUrl();

    Outbox outbox();

    Feeds feeds();

    Milestones milestones();

    interface Outbox {
        String interval();

        int batchSize();
    }

    interface Feeds {
        /** Feeds with more rows than this run as a background job. */
        @WithDefault("5000")
        int jobThreshold();

        /** Rows written per JDBC batch. */
        @WithDefault("1000")
        int writeBatch();
    }

    interface Milestones {
        /** How often overdue milestones are looked for. */
        String checkEvery();
    }
}
