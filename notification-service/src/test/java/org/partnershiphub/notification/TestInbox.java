package org.partnershiphub.notification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnershiphub.local.TestStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the real SMTP server (GreenMail) received, read through its inbox API. */
public final class TestInbox {

    public record Mail(int id, String from, List<String> to, String subject, Map<String, String> headers, String text,
                       String html) {

        /** The first link in the text body whose path starts with {@code path}, made relative to this service. */
        public String link(String path) {
            Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[^\\s>\"]*)").matcher(text);
            assertTrue(m.find(), "a " + path + " link in: " + text);
            return m.group(1);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestInbox() {
    }

    public static List<Mail> to(String address) {
        String api = TestStack.get().endpoints().mailApi();
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(api + "?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readValue(response.body(), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to 30 s) until the address has received {@code count} messages matching {@code filter}. */
    public static List<Mail> await(String address, int count, Predicate<Mail> filter) {
        Instant deadline = Instant.now().plusSeconds(30);
        List<Mail> found = to(address).stream().filter(filter).toList();
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            pause();
            found = to(address).stream().filter(filter).toList();
        }
        assertTrue(found.size() >= count, count + " message(s) to " + address + ", got " + found.size());
        return found;
    }

    public static Mail awaitSubject(String address, String subjectPart) {
        return await(address, 1, m -> m.subject() != null && m.subject().contains(subjectPart)).get(0);
    }

    public static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
