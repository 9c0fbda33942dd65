package org.partnershiphub.e2e;

import java.util.Map;

/**
 * Production configuration, with only the clocks turned up so flows finish in seconds: scheduled checks
 * run often. Set through environment variables, as an operator would.
 */
final class FlowSettings {

    private FlowSettings() {
    }

    static Map<String, String> forService(String service) {
        return switch (service) {
            case "engagement" -> Map.of("OVERDUE_CHECK_INTERVAL", "1s");
            case "notification" -> Map.of(
                    "LINK_TOKEN_SECRET", "e2e-link-token-secret-0123456789abcdef",
                    "BOUNCE_TOKEN", "e2e-bounce-token",
                    "MAIL_PER_SECOND", "2",
                    // a killed sender's claimed emails are taken again after this lease (5 minutes by default)
                    "NOTIFICATION_DELIVERY_LEASE", "20s");
            default -> Map.of();
        };
    }
}
