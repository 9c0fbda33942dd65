package org.partnershiphub.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.partnershiphub.notification.Await;
import org.partnershiphub.notification.TestEvents;
import org.partnershiphub.notification.TestInbox;
import org.partnershiphub.notification.TestSubscribers;
import org.partnershiphub.notification.domain.Delivery;
import org.partnershiphub.notification.repository.DeliveryRepository;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Digests, unsubscribing, erasure, bounces and resuming an interrupted send, read back from the real SMTP server. */
@QuarkusTest
class DeliveryTest {

    @Inject
    DeliveryService deliveries;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    DeliveryRepository deliveryRows;

    @Test
    void aDigestHasEachMatchingItemOnceEvenWhenSeveralSubscriptionsMatchIt() {
        String email = TestSubscribers.address();
        String partnership = UUID.randomUUID().toString();
        TestSubscribers.importedFor(email, "weekly", partnership);
        TestSubscribers.subscribeAndConfirm(email, "weekly",
                Map.of("partnerships", List.of(partnership), "kinds", List.of("target.set")));
        TestEvents.publish("target.set", partnership);
        TestEvents.publish("meeting.scheduled", partnership);
        awaitItems(partnership, 2);

        deliveries.queueWeeklyDigest(LocalDate.now(ZoneOffset.UTC));
        deliveries.queueWeeklyDigest(LocalDate.now(ZoneOffset.UTC)); // a repeated run adds nothing

        TestInbox.Mail digest = TestInbox.awaitSubject(email, "weekly e-News digest");
        assertEquals("Your weekly e-News digest: 2 items", digest.subject());
        assertEquals(1, occurrences(digest.text(), "New target: NI 154"), digest.text());
        assertEquals(1, occurrences(digest.text(), "Meeting scheduled: Wealden LSP board"), digest.text());
        Await.until("no second digest is queued", () -> deliveries.count(Delivery.QUEUED) == 0);
        assertEquals(1, TestInbox.to(email).stream().filter(m -> m.subject().contains("digest")).count());
    }

    @Test
    void noEmptyDigestIsSent() {
        String busy = TestSubscribers.address();
        String idle = TestSubscribers.address();
        String partnership = UUID.randomUUID().toString();
        TestSubscribers.importedFor(busy, "weekly", partnership);
        String idleId = TestSubscribers.importedFor(idle, "weekly", UUID.randomUUID().toString());
        TestEvents.publish("outcome.published", partnership);
        awaitItems(partnership, 1);

        deliveries.queueWeeklyDigest(LocalDate.now(ZoneOffset.UTC));

        TestInbox.awaitSubject(busy, "weekly e-News digest");
        assertEquals(List.of(), TestInbox.to(idle));
        given().header("Authorization", TestSubscribers.editor()).when().get("/subscribers/" + idleId + "/deliveries")
                .then().statusCode(200).body("total_items", equalTo(0));
    }

    @Test
    void oneClickUnsubscribeByPostStopsEverythingAfterIt() {
        String leaving = TestSubscribers.address();
        String staying = TestSubscribers.address();
        String partnership = UUID.randomUUID().toString();
        TestSubscribers.importedFor(leaving, "immediate", partnership);
        TestSubscribers.importedFor(staying, "immediate", partnership);
        TestEvents.publish("meeting.scheduled", partnership);
        TestInbox.Mail first = TestInbox.awaitSubject(leaving, "Meeting scheduled");

        String header = first.header("List-Unsubscribe");
        assertTrue(header.startsWith("<http") && header.endsWith(">"), header);
        String path = header.substring(header.indexOf("/e-news/unsubscribe"), header.length() - 1);
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click")
                .when().post(path).then().statusCode(200);

        TestEvents.publish("meeting.cancelled", partnership);
        TestInbox.awaitSubject(staying, "Meeting cancelled");
        Await.until("nothing left to send", () -> deliveries.count(Delivery.QUEUED) == 0);
        List<TestInbox.Mail> received = TestInbox.to(leaving);
        assertEquals(1, received.size(), "only the mail from before unsubscribing");
        given().queryParam("token", TestSubscribers.manageToken(leaving)).when().get("/me")
                .then().statusCode(200).body("subscriptions[0].status", equalTo("cancelled"));
    }

    @Test
    void erasingRemovesTheAddressAndDeliveryRecordsKeepNone() {
        String email = TestSubscribers.address();
        String id = TestSubscribers.importedFor(email, "monthly", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(Map.of("email", email)).when().post("/manage-links")
                .then().statusCode(202);
        String token = TestSubscribers.tokenOf(TestInbox.awaitSubject(email, "preferences link").link("/e-news/manage"));
        String deliveryId = given().header("Authorization", TestSubscribers.editor())
                .when().get("/subscribers/" + id + "/deliveries").then().statusCode(200).extract().path("contents[0].id");

        given().queryParam("token", token).when().delete("/me").then().statusCode(204);

        given().header("Authorization", TestSubscribers.editor()).when().get("/subscribers/" + id).then().statusCode(404);
        given().queryParam("token", token).when().get("/me").then().statusCode(403);
        Delivery kept = QuarkusTransaction.requiringNew().call(() -> deliveryRows.findById(UUID.fromString(deliveryId)));
        assertEquals(Delivery.SENT, kept.status, "the record of what was sent stays");
        assertNull(kept.subscriberId, "but it no longer leads to the address");
    }

    @Test
    void aPermanentBounceOrRepeatedSoftOnesSuspendTheAddress() {
        String hard = TestSubscribers.address();
        String soft = TestSubscribers.address();
        String fine = TestSubscribers.address();
        String partnership = UUID.randomUUID().toString();
        String hardId = TestSubscribers.importedFor(hard, "immediate", partnership);
        String softId = TestSubscribers.importedFor(soft, "immediate", partnership);
        TestSubscribers.importedFor(fine, "immediate", partnership);

        given().contentType(ContentType.JSON).body(Map.of("email", hard, "type", "permanent"))
                .when().post("/bounces").then().statusCode(401);
        bounce(hard, "permanent");
        bounce(soft, "soft");
        bounce(soft, "soft");
        subscriber(softId).body("status", equalTo("active")).body("soft_bounces", equalTo(2));
        bounce(soft, "soft");
        subscriber(hardId).body("status", equalTo("suspended"));
        subscriber(softId).body("status", equalTo("suspended"));

        TestEvents.publish("case-study.published", partnership);
        TestInbox.awaitSubject(fine, "Case study");
        Await.until("nothing left to send", () -> deliveries.count(Delivery.QUEUED) == 0);
        assertEquals(List.of(), TestInbox.to(hard));
        assertEquals(List.of(), TestInbox.to(soft));
    }

    @Test
    void aSendInterruptedMidwayResumesWithoutSendingAnythingTwice() {
        String partnership = UUID.randomUUID().toString();
        List<String> recipients = IntStream.range(0, 6).mapToObj(i -> TestSubscribers.address()).toList();
        dispatcher.pause();
        try {
            recipients.forEach(r -> TestSubscribers.importedFor(r, "immediate", partnership));
            TestEvents.publish("target.status-changed", partnership);
            String itemId = awaitItems(partnership, 1).get(0);
            String sendKey = "item:" + itemId;
            Await.until("six emails queued", () -> count(sendKey, Delivery.QUEUED) == 6);

            assertEquals(3, dispatcher.dispatch(3), "three go out before the interruption");
            // the process dies holding a fourth: claimed, never sent, never marked
            assertEquals(1, deliveries.claim(1).size());
            assertEquals(3, count(sendKey, Delivery.SENT));
        } finally {
            dispatcher.resume();
        }

        Await.until("the rest, including the abandoned claim, went out after restart",
                () -> count(recipients, "Target now red") == 6);
        Await.until("all six marked sent", () -> count(itemKey(partnership), Delivery.SENT) == 6);
        for (String recipient : recipients) {
            assertEquals(1, TestInbox.to(recipient).size(), "exactly one email to " + recipient);
        }
    }

    private String itemKey(String partnership) {
        return "item:" + awaitItems(partnership, 1).get(0);
    }

    private long count(String sendKey, String status) {
        return QuarkusTransaction.requiringNew().call(() -> deliveryRows.countOfSendKey(sendKey, status));
    }

    private static long count(List<String> recipients, String subject) {
        return recipients.stream().filter(r -> TestInbox.to(r).stream().anyMatch(m -> m.subject().contains(subject)))
                .count();
    }

    private static void bounce(String email, String type) {
        given().header("X-Bounce-Token", "test-bounce-token").contentType(ContentType.JSON)
                .body(Map.of("email", email, "type", type, "reason", "550 mailbox unavailable"))
                .when().post("/bounces").then().statusCode(202);
    }

    private static io.restassured.response.ValidatableResponse subscriber(String id) {
        return given().header("Authorization", TestSubscribers.editor()).when().get("/subscribers/" + id)
                .then().statusCode(200);
    }

    static List<String> awaitItems(String partnership, int count) {
        Await.until(count + " item(s) for " + partnership, () -> given().queryParam("partnerships", partnership)
                .get("/items").then().extract().jsonPath().getInt("total_items") >= count);
        return given().queryParam("partnerships", partnership).get("/items").then().extract().jsonPath()
                .getList("contents.id");
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
