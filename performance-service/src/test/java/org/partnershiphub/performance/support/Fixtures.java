package org.partnershiphub.performance.support;

import io.restassured.http.ContentType;
import org.partnershiphub.local.TestKafka;
import org.partnershiphub.local.TestStack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;

/** Builds what a test needs through the public API and topics, each time with fresh codes and ids. */
public final class Fixtures {

    public static final String OFFICER = "performance-officer";

    private Fixtures() {
    }

    public static String officer() {
        return TestStack.get().bearer(OFFICER);
    }

    public static String admin() {
        return TestStack.get().bearer("admin");
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Announces a partnership on directory.events as directory-service would, and waits until it is known here. */
    public static String partnership(String name) {
        String id = UUID.randomUUID().toString();
        String payload = resource("/events/partnership.registered.json")
                .replace("5b0c6a9e-3f7d-4c1e-9a51-2f8e7c4d1a10", id)
                .replace("Lewes District Strategic Partnership (Local Voices, Local Choices)", name);
        sendDirectoryEvent(id, "partnership.registered", payload);
        await("partnership " + id + " known", () -> given().get("/partnerships/" + id).statusCode() == 200);
        return id;
    }

    public static void sendDirectoryEvent(String key, String type, String payload) {
        TestKafka.send("directory.events", key, payload, Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", type,
                "ce_source", "/directory-service", "ce_specversion", "1.0", "ce_subject", key));
    }

    /** Adds an indicator with a fresh code; returns the code. */
    public static String indicator(String polarity, String frequency) {
        String code = "TEST " + unique();
        given().header("Authorization", officer()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", "Test indicator " + code, "unit", "count", "polarity", polarity,
                        "frequency", frequency))
                .when().post("/indicators").then().statusCode(201);
        return code;
    }

    /** An agreement for 2008-09 to 2010-11 over the given area; returns its id. */
    public static String agreement(String area) {
        return given().header("Authorization", officer()).contentType(ContentType.JSON)
                .body(Map.of("name", "LAA " + unique(), "area", area, "first_year", "2008-09", "last_year", "2010-11",
                        "accountable_body", "East Sussex County Council"))
                .when().post("/agreements").then().statusCode(201).extract().path("id");
    }

    /**
     * A target with baseline 100 at 2007-08 and the given yearly targets for 2008-09..2010-11, 10% amber tolerance.
     */
    public static String target(String agreementId, String indicator, String area, String lead, double y1, double y2, double y3) {
        return given().header("Authorization", officer()).contentType(ContentType.JSON)
                .body(Map.of("agreement_id", agreementId, "indicator_code", indicator, "area", area,
                        "lead_partnership_id", lead, "theme", "housing", "baseline_value", 100, "baseline_period", "2007-08",
                        "targets", Map.of("2008-09", y1, "2009-10", y2, "2010-11", y3), "amber_tolerance", 10))
                .when().post("/targets").then().statusCode(201).extract().path("id");
    }

    public static String value(String indicator, String area, String period, double value) {
        return given().header("Authorization", officer()).contentType(ContentType.JSON)
                .body(Map.of("indicator_code", indicator, "area", area, "period", period, "value", value, "status", "final"))
                .when().post("/values").then().statusCode(201).extract().path("id");
    }

    public static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
