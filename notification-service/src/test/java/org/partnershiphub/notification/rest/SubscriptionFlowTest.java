package org.partnershiphub.notification.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.partnershiphub.notification.TestEvents;
import org.partnershiphub.notification.TestInbox;
import org.partnershiphub.notification.TestSubscribers;
import org.partnershiphub.notification.service.LinkTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Double opt-in, immediate alerts, manage links and validation, through the real broker and SMTP server. */
@QuarkusTest
class SubscriptionFlowTest {

    @Test
    void nothingButTheConfirmationGoesOutUntilItIsUsedThenItemsDo() {
        String email = TestSubscribers.address();
        String partnership = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "frequency", "immediate", "partnerships", List.of(partnership)))
                .when().post("/subscriptions").then().statusCode(202);
        TestInbox.Mail confirmation = TestInbox.awaitSubject(email, "Confirm your e-News subscription");
        assertTrue(confirmation.html().contains("/e-news/confirm?token="), "HTML body carries the link");
        assertTrue(confirmation.header("List-Unsubscribe").contains("/e-news/unsubscribe?token="));

        TestEvents.publish("meeting.scheduled", partnership);
        String subscriberId = subscriberIdOf(email);
        org.partnershiphub.notification.Await.until("the unconfirmed item is in the list",
                () -> given().queryParam("partnerships", partnership).get("/items").then().extract()
                        .jsonPath().getInt("total_items") == 1);

        String token = TestSubscribers.tokenOf(confirmation.link("/e-news/confirm"));
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/subscriptions/confirmation")
                .then().statusCode(200).body("email", equalTo(email)).body("subscriptions[0].status", equalTo("active"));
        TestEvents.publish("consultation.opened", partnership);

        TestInbox.Mail alert = TestInbox.awaitSubject(email, "Consultation open");
        assertTrue(alert.text().contains("Tell us what matters most where you live"));
        assertTrue(alert.text().contains("/e-news/manage?token="), "every email carries a manage link");
        assertEquals("List-Unsubscribe=One-Click", alert.header("List-Unsubscribe-Post"));
        assertFalse(TestInbox.to(email).stream().anyMatch(m -> m.subject().startsWith("Meeting scheduled")),
                "the item from before the confirmation was never sent");
        given().header("Authorization", TestSubscribers.editor()).when().get("/subscribers/" + subscriberId + "/deliveries")
                .then().statusCode(200).body("total_items", equalTo(2)).body("contents.kind", hasItem("confirmation"));
    }

    @Inject
    LinkTokens tokens;

    @Test
    void confirmationLinksAreSignedAndExpire() {
        given().contentType(ContentType.JSON).body(Map.of("token", "forged.token"))
                .when().post("/subscriptions/confirmation")
                .then().statusCode(403).contentType("application/problem+json").body("field", equalTo("token"));

        String email = TestSubscribers.address();
        given().contentType(ContentType.JSON).body(Map.of("email", email, "frequency", "weekly"))
                .when().post("/subscriptions").then().statusCode(202);
        String token = TestSubscribers.tokenOf(TestInbox.awaitSubject(email, "Confirm").link("/e-news/confirm"));
        LinkTokens.Claims claims = tokens.verify(token, LinkTokens.CONFIRM).orElseThrow();
        String expired = tokens.issue(LinkTokens.CONFIRM, claims.subscriber(), claims.scope(), Duration.ofSeconds(-1));
        given().contentType(ContentType.JSON).body(Map.of("token", expired))
                .when().post("/subscriptions/confirmation").then().statusCode(403);
        given().queryParam("token", tokens.issue(LinkTokens.MANAGE, claims.subscriber(), null, Duration.ofHours(1)))
                .when().get("/me").then().statusCode(200).body("subscriptions[0].status", equalTo("pending"));
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/subscriptions/confirmation").then().statusCode(200)
                .body("subscriptions[0].status", equalTo("active"));
    }

    @Test
    void aManageLinkIsEmailedToKnownAddressesAndTheAnswerIsTheSameForUnknownOnes() {
        String email = TestSubscribers.address();
        String partnership = UUID.randomUUID().toString();
        TestSubscribers.importedFor(email, "weekly", partnership);
        String known = given().contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/manage-links").then().statusCode(202).extract().asString();
        String unknown = given().contentType(ContentType.JSON).body(Map.of("email", TestSubscribers.address()))
                .when().post("/manage-links").then().statusCode(202).extract().asString();
        assertEquals(known, unknown);

        String token = TestSubscribers.tokenOf(TestInbox.awaitSubject(email, "preferences link").link("/e-news/manage"));
        String subscriptionId = given().queryParam("token", token).when().get("/me")
                .then().statusCode(200).body("email", equalTo(email))
                .body("subscriptions[0].frequency", equalTo("weekly")).extract().path("subscriptions[0].id");
        given().queryParam("token", token).contentType(ContentType.JSON)
                .body(Map.of("frequency", "monthly", "themes", List.of("housing")))
                .when().put("/me/subscriptions/" + subscriptionId)
                .then().statusCode(200).body("frequency", equalTo("monthly")).body("themes", equalTo(List.of("housing")));
        given().queryParam("token", token.substring(0, token.length() - 2) + "xx").when().get("/me")
                .then().statusCode(403);
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        String email = TestSubscribers.address();
        given().contentType(ContentType.JSON).body(Map.of("email", "not-an-address", "frequency", "weekly"))
                .when().post("/subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("email"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "frequency", "weekly", "themes", List.of("gardening")))
                .when().post("/subscriptions").then().statusCode(422).body("field", equalTo("themes"));
        given().contentType(ContentType.JSON).body(Map.of("email", email, "frequency", "daily"))
                .when().post("/subscriptions").then().statusCode(400);
        given().header("Authorization", TestSubscribers.editor()).queryParam("per_page", 100).when().get("/subscribers")
                .then().statusCode(200).body("contents.email", org.hamcrest.Matchers.not(hasItem(email)));
    }

    @Test
    void subscriberDataIsNeverPublic() {
        given().when().get("/subscribers").then().statusCode(401);
        given().header("Authorization", org.partnershiphub.local.TestStack.get().bearer("directory-editor"))
                .when().get("/subscribers").then().statusCode(403);
    }

    static String subscriberIdOf(String email) {
        List<Map<String, Object>> all = given().header("Authorization", TestSubscribers.editor())
                .queryParam("per_page", 100).when().get("/subscribers").then().statusCode(200)
                .extract().jsonPath().getList("contents");
        return all.stream().filter(s -> email.equals(s.get("email"))).map(s -> (String) s.get("id")).findFirst()
                .orElseThrow();
    }
}
