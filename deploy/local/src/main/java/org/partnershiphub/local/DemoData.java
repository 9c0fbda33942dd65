package org.partnershiphub.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code DemoData <keys-dir> <directory-url> <notification-url>}: loads the East Sussex demo data through
 * the services' own APIs, so every event flows as it would in production. Running it again adds nothing:
 * records that exist already (409) are left alone. Ends by waiting for the e-News items those events make.
 */
public final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoData() {
    }

    public static void main(String[] args) throws Exception {
        String token = DevKeys.inDirectory(Path.of(args[0])).token("demo-loader", Duration.ofHours(1), "admin");
        URI directory = URI.create(args[1]);
        URI notification = URI.create(args[2]);

        JsonNode partnerships = resource("/demo/partnerships.json");
        int created = 0;
        for (JsonNode partnership : partnerships) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(directory.resolve("/partnerships"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(partnership))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() != 409) {
                throw new IllegalStateException("directory refused demo partnership " + partnership.get("slug")
                        + ": " + response.statusCode() + " " + response.body());
            }
        }
        System.out.printf("Demo data: %d partnerships created, %d already there%n", created, partnerships.size() - created);

        long items = awaitItems(notification, partnerships.size(), Duration.ofSeconds(60));
        System.out.printf("e-News items made from directory events so far: %d%n", items);
    }

    private static long awaitItems(URI notification, int atLeast, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long total = 0;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(notification.resolve("/items?per_page=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            total = JSON.readTree(response.body()).get("total_items").asLong();
            if (total >= atLeast) {
                break;
            }
            Thread.sleep(500);
        }
        return total;
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        }
    }
}
