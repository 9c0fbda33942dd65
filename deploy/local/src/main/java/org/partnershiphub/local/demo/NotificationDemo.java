package org.partnershiphub.local.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Demo data of notification-service, loaded through its API after the other services': a few
 * subscribers brought over by the bulletin editor as already confirmed (example.org addresses, so
 * nothing leaves the local SMTP server), a webhook, and an editorial for this month's draft edition.
 * Running it again changes nothing.
 */
public final class NotificationDemo {

    private static final String EDITOR = "bulletin-editor";

    private NotificationDemo() {
    }

    public static void load(DemoApi api) {
        JsonNode subscribers = DemoApi.resource("/demo/notification/subscribers.json");
        int created = 0;
        for (JsonNode subscriber : subscribers) {
            if (api.create("notification", "/subscribers", EDITOR, subscriber)) {
                created++;
            }
        }
        System.out.printf("e-News: %d subscribers created, %d already there%n", created, subscribers.size() - created);

        JsonNode registered = ok(api.send("GET", "notification", "/webhooks?per_page=100", EDITOR, ""));
        int webhooks = 0;
        for (JsonNode webhook : DemoApi.resource("/demo/notification/webhooks.json")) {
            boolean present = false;
            for (JsonNode existing : registered.path("contents")) {
                present |= existing.path("url").asText().equals(webhook.path("url").asText());
            }
            if (!present && api.create("notification", "/webhooks", EDITOR, webhook)) {
                webhooks++;
            }
        }
        System.out.printf("e-News: %d webhooks registered%n", webhooks);

        JsonNode next = api.getJson("notification", "/editions/next");
        if (next.hasNonNull("id") && !next.hasNonNull("editorial")) {
            ok(api.send("PATCH", "notification", "/editions/" + next.get("id").asText(), EDITOR,
                    Map.of("editorial", "Welcome to this month's ESSP e-News: what the partnerships of East Sussex "
                            + "have started, changed and achieved. Tell us what you would like to read about.")));
            System.out.println("e-News: editorial added to " + next.path("title").asText());
        }
    }

    private static JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("notification-service answered " + response.statusCode() + ": "
                    + response.body());
        }
        return DemoApi.read(response.body());
    }
}
