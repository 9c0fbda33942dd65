package org.partnershiphub.directory.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anonymous callers get a small allowance; an API key raises it; over the limit is 429 with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rate-limiter.buckets.anonymous.limits[0].permitted-uses", "5",
                    "quarkus.rate-limiter.buckets.anonymous.limits[0].period", "1H",
                    "quarkus.rate-limiter.buckets.keyed.limits[0].permitted-uses", "20",
                    "quarkus.rate-limiter.buckets.keyed.limits[0].period", "1H");
        }
    }

    @Test
    void anApiKeyRaisesTheLimitAndTheLimitIsA429WithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            given().when().get("/themes").then().statusCode(200);
        }
        String retryAfter = given().when().get("/themes").then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .body("detail", containsString("X-API-Key")).extract().header("Retry-After");
        assertTrue(Long.parseLong(retryAfter) >= 1, "Retry-After in whole seconds: " + retryAfter);

        for (int i = 0; i < 20; i++) {
            given().header("X-API-Key", "test-key-1").when().get("/themes").then().statusCode(200);
        }
        given().header("X-API-Key", "test-key-1").when().get("/themes").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // each key has its own allowance
        given().header("X-API-Key", "test-key-2").when().get("/themes").then().statusCode(200);
        given().header("X-API-Key", "no-such-key").when().get("/themes").then().statusCode(400)
                .body("field", equalTo("X-API-Key"));
    }
}
