package org.partnershiphub.directory.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "hub")
public interface HubConfig {

    /** The public address of this service, used in links that leave it (events, feeds, exports). */
    String publicUrl();

    /** API keys (header X-API-Key) that raise a caller's rate limit. */
    Optional<Set<String>> apiKeys();

    Outbox outbox();

    interface Outbox {
        /** How often the relay looks for unsent events, e.g. 1s. */
        String interval();

        /** How many events one relay transaction sends. */
        int batchSize();
    }

    default String url(String path) {
        return publicUrl().replaceAll("/+$", "") + path;
    }
}
