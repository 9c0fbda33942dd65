package org.partnershiphub.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.partnershiphub.local.MailServer.ReceivedMail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What a flow does as a user would: HTTP calls to a service, as a role or anonymously, and reading mail. */
final class Hub {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9._~%-]+)");

    final HubSystem system = HubSystem.get();

    RequestSpecification anonymous(String service) {
        return given().baseUri(system.url(service)).accept(ContentType.JSON);
    }

    RequestSpecification as(String role, String service) {
        return anonymous(service).header("Authorization", system.bearer(role)).contentType(ContentType.JSON);
    }

    /** Creates a record that other flows may have created already (409 is fine). */
    void ensure(String role, String service, String path, Object body) {
        int status = as(role, service).body(body).post(path).statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("POST " + path + " answered " + status);
        }
    }

    /**
     * Subscribes by email and confirms with the token from the link in the confirmation mail, as a reader would.
     */
    void subscribe(String email, Map<String, Object> request) {
        subscribeAll(List.of(email), request);
    }

    private void confirmFrom(ReceivedMail confirmation) {
        Matcher token = TOKEN.matcher(confirmation.text());
        if (!token.find()) {
            throw new AssertionError("no confirmation link in: " + confirmation.text());
        }
        anonymous("notification").contentType(ContentType.JSON)
                .body(Map.of("token", java.net.URLDecoder.decode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                .post("/subscriptions/confirmation").then().statusCode(200);
    }

    /** Many readers at once: all subscribe, then each confirms from its own mail. */
    void subscribeAll(List<String> emails, Map<String, Object> request) {
        for (String email : emails) {
            Map<String, Object> body = new java.util.HashMap<>(request);
            body.put("email", email);
            anonymous("notification").contentType(ContentType.JSON).body(body).post("/subscriptions")
                    .then().statusCode(202);
        }
        for (String email : emails) {
            confirmFrom(awaitMail(email, 1).get(0));
        }
    }

    List<ReceivedMail> mailTo(String address) {
        return system.mailTo(address);
    }

    List<ReceivedMail> awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(90)).until(() -> system.mailTo(address).size() >= count);
        return system.mailTo(address);
    }

    /** The mail to {@code address} whose text contains {@code text}. */
    List<ReceivedMail> mailMentioning(String address, String text) {
        return system.mailTo(address).stream().filter(m -> m.text() != null && m.text().contains(text)).toList();
    }

    List<ReceivedMail> awaitMailMentioning(String address, String text) {
        await().atMost(Duration.ofSeconds(90)).until(() -> !mailMentioning(address, text).isEmpty());
        return mailMentioning(address, text);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
