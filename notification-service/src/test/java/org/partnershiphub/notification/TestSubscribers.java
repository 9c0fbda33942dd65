package org.partnershiphub.notification;

import io.restassured.http.ContentType;
import org.partnershiphub.local.TestStack;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Subscribers as tests need them: through the public double opt-in, or imported by an editor. */
public final class TestSubscribers {

    private TestSubscribers() {
    }

    public static String address() {
        return "reader-" + UUID.randomUUID() + "@example.org";
    }

    public static String editor() {
        return TestStack.get().bearer("bulletin-editor");
    }

    /** Imported as already confirmed; returns the subscriber id. */
    public static String imported(String email, String frequency, Map<String, List<String>> criteria) {
        Map<String, Object> body = new java.util.HashMap<>(criteria);
        body.put("email", email);
        body.put("frequency", frequency);
        return given().header("Authorization", editor()).contentType(ContentType.JSON).body(body)
                .when().post("/subscribers").then().statusCode(201).extract().path("id");
    }

    public static String importedFor(String email, String frequency, String partnership) {
        return imported(email, frequency, Map.of("partnerships", List.of(partnership)));
    }

    /** Subscribes through the public API and confirms with the link from the confirmation email. */
    public static void subscribeAndConfirm(String email, String frequency, Map<String, List<String>> criteria) {
        Map<String, Object> body = new java.util.HashMap<>(criteria);
        body.put("email", email);
        body.put("frequency", frequency);
        given().contentType(ContentType.JSON).body(body).when().post("/subscriptions").then().statusCode(202);
        String token = tokenOf(TestInbox.awaitSubject(email, "Confirm").link("/e-news/confirm"));
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post("/subscriptions/confirmation").then().statusCode(200);
    }

    public static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** A manage token, from the manage link of the address's latest email. */
    public static String manageToken(String email) {
        List<TestInbox.Mail> mails = TestInbox.to(email);
        return tokenOf(mails.get(mails.size() - 1).link("/e-news/manage"));
    }
}
