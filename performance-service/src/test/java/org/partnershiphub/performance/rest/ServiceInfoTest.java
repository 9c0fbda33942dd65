package org.partnershiphub.performance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service runs on the real stack and says what it is and where its API and event documentation are. */
@QuarkusTest
class ServiceInfoTest {

    @Test
    void rootDescribesTheServiceAndLinksItsDocumentation() {
        given().when().get("/")
                .then().statusCode(200)
                .body("name", equalTo("performance-service")).body("version", notNullValue())
                .body("links.openapi", equalTo("/q/openapi")).body("links.swagger_ui", equalTo("/q/swagger-ui"))
                .body("links.asyncapi", equalTo("/asyncapi.yaml"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void unknownRoutesAreProblems() {
        given().when().get("/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void eventDocumentationNamesTheTopics() throws Exception {
        String yaml = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertEquals("3.0.0", doc.get("asyncapi").asText());
        assertEquals("performance.events", doc.at("/channels/performanceEvents/address").asText());
        assertEquals("directory.events", doc.at("/channels/directoryEvents/address").asText());
        assertEquals("performance.feeds", doc.at("/channels/performanceFeeds/address").asText());
        assertEquals("performance.feed-results", doc.at("/channels/performanceFeedResults/address").asText());
        java.util.List<String> names = new java.util.ArrayList<>();
        doc.at("/components/messages").forEach(m -> names.add(m.get("name").asText()));
        for (String type : java.util.List.of("target.set", "target.revised", "value.recorded", "value.revised",
                "target.status-changed", "milestone.overdue")) {
            org.junit.jupiter.api.Assertions.assertTrue(names.contains(type), type + " documented: " + names);
        }
    }
}
