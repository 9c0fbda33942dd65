package org.partnershiphub.notification.rest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.notification.Await;
import org.partnershiphub.notification.TestEvents;
import org.partnershiphub.notification.TestSubscribers;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhooks against a receiver of the test's own that checks every signature itself. */
@QuarkusTest
class WebhookTest {

    private static final String SECRET = "receiver-secret-" + UUID.randomUUID();

    /** What the receiver accepted: bodies whose signature it verified, and how many it refused. */
    record Received(String deliveryId, String body) {
    }

    private HttpServer receiver;
    private final List<Received> verified = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger failuresToGive = new AtomicInteger();
    private volatile boolean echoChallenge = true;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                if ("GET".equals(exchange.getRequestMethod())) {
                    String query = exchange.getRequestURI().getQuery();
                    String challenge = query.replaceAll(".*hub\\.challenge=([^&]*).*", "$1");
                    respond(exchange, 200, echoChallenge ? challenge : "no");
                    return;
                }
                byte[] body = exchange.getRequestBody().readAllBytes();
                String signature = exchange.getRequestHeaders().getFirst("X-Hub-Signature-256");
                if (!("sha256=" + hmac(body)).equals(signature)) {
                    badSignatures.incrementAndGet();
                    respond(exchange, 401, "bad signature");
                    return;
                }
                verified.add(new Received(exchange.getRequestHeaders().getFirst("X-Delivery-Id"),
                        new String(body, StandardCharsets.UTF_8)));
                respond(exchange, failuresToGive.getAndDecrement() > 0 ? 500 : 204, "");
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void selfServiceWebhookIsVerifiedThenGetsSignedItemsRetriedAfterAFailure() {
        String partnership = UUID.randomUUID().toString();
        failuresToGive.set(1);
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("url", url(), "secret", SECRET, "partnerships", List.of(partnership)))
                .when().post("/webhooks").then().statusCode(201).body("self_service", equalTo(true))
                .body("status", equalTo("active")).extract().path("id");

        TestEvents.publish("outcome.overdue", partnership);

        Await.until("delivered on the second attempt", () -> given().header("X-Webhook-Secret", SECRET)
                .get("/webhooks/" + id + "/deliveries").then().extract().jsonPath().getList("contents.status")
                .equals(List.of("delivered")));
        given().header("X-Webhook-Secret", SECRET).when().get("/webhooks/" + id + "/deliveries")
                .then().statusCode(200).body("contents[0].attempts", equalTo(2)).body("contents[0].last_status", equalTo(204));
        assertEquals(0, badSignatures.get(), "every call carried a valid HMAC-SHA256 of its body");
        assertEquals(2, verified.size(), "the failed call and its retry");
        assertEquals(verified.get(0).deliveryId(), verified.get(1).deliveryId(), "a retry keeps its delivery id");
        assertTrue(verified.get(1).body().contains("\"title\":\"Outcome overdue: Community safety priorities"),
                verified.get(1).body());
        given().when().get("/webhooks/" + id + "/deliveries").then().statusCode(404); // not without the secret
    }

    @Test
    void aWebhookThatKeepsFailingIsDisabledWithTheReason() {
        String partnership = UUID.randomUUID().toString();
        failuresToGive.set(Integer.MAX_VALUE);
        String id = given().header("Authorization", TestSubscribers.editor()).contentType(ContentType.JSON)
                .body(Map.of("url", url(), "secret", SECRET, "partnerships", List.of(partnership)))
                .when().post("/webhooks").then().statusCode(201).body("self_service", equalTo(false))
                .extract().path("id");

        TestEvents.publish("milestone.overdue", partnership);

        Await.until("disabled after three failures", () -> "disabled".equals(given()
                .header("Authorization", TestSubscribers.editor()).get("/webhooks/" + id).then().extract().path("status")));
        given().header("Authorization", TestSubscribers.editor()).when().get("/webhooks/" + id)
                .then().body("disabled_reason", equalTo("3 failed deliveries in a row; last: HTTP 500"));
        given().header("Authorization", TestSubscribers.editor()).when().get("/webhooks/" + id + "/deliveries")
                .then().body("contents[0].status", equalTo("failed")).body("contents[0].attempts", equalTo(3));
        assertEquals(3, verified.size());
    }

    @Test
    void aCallbackThatDoesNotEchoTheChallengeIsRefused() {
        echoChallenge = false;
        given().contentType(ContentType.JSON).body(Map.of("url", url(), "secret", SECRET))
                .when().post("/webhooks").then().statusCode(422).contentType("application/problem+json")
                .body("field", equalTo("url")).body("detail", containsString("hub.challenge"));
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.org", "secret", "short"))
                .when().post("/webhooks").then().statusCode(400);
    }

    private String url() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook").toString();
    }

    private static String hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
