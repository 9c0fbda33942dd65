package org.partnershiphub.engagement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint is documented (summary, responses, examples), and every event in the AsyncAPI document. */
@QuarkusTest
class ApiDocumentationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationHasASummaryItsResponsesAndSecurityForWrites() throws Exception {
        JsonNode doc = JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        Set<String> paths = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            paths.add(path.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                if (op.getValue().path("summary").asText().isBlank()) {
                    problems.add(name + " has no summary");
                }
                if (!op.getValue().path("tags").isArray() || op.getValue().path("tags").isEmpty()) {
                    problems.add(name + " has no tag");
                }
                JsonNode responses = op.getValue().path("responses");
                boolean success = false;
                for (Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
                    String code = codes.next();
                    success |= code.startsWith("2");
                    if (responses.get(code).path("description").asText().isBlank()) {
                        problems.add(name + " " + code + " has no description");
                    }
                }
                if (!success) {
                    problems.add(name + " documents no success response");
                }
                if (!op.getKey().equals("get")) {
                    if (!op.getValue().has("security")) {
                        problems.add(name + " does not say it needs a token");
                    }
                    if (!responses.has("401") || !responses.has("403")) {
                        problems.add(name + " does not document 401 and 403");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(paths.containsAll(List.of("/engagements", "/engagements/{id}", "/engagements/{id}/status",
                "/engagements/{id}/clashes", "/engagements/{id}/participation", "/engagements/{id}/outcome",
                "/engagements/{id}/outcome/publish", "/case-studies", "/case-studies/{id}/reused-by", "/clashes",
                "/outcomes/overdue", "/participation/profile", "/reference-populations/{area}", "/feeds/outcomes.atom",
                "/feeds/consultations.atom", "/feeds/events.ics")), paths.toString());
    }

    @Test
    void everyRequestBodyFieldHasAnExample() throws Exception {
        JsonNode schemas = JSON.readTree(given().when().get("/q/openapi?format=json").then().extract().asString())
                .at("/components/schemas");
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            if (!schema.getKey().endsWith("Request") && !schema.getKey().equals("OutcomeAction")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.getValue().path("properties").fields(); props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                JsonNode p = prop.getValue();
                boolean documented = p.has("examples") || p.has("example") || p.has("$ref")
                        || p.path("items").has("$ref") || p.path("description").asText().length() > 0 && p.path("type").asText().equals("array");
                if (!documented) {
                    missing.add(schema.getKey() + "." + prop.getKey());
                }
            }
        }
        assertTrue(missing.isEmpty(), "fields without an example: " + missing);
    }

    @Test
    void theAsyncApiDocumentNamesEveryEventPublishedAndConsumed() throws Exception {
        String yaml = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        Set<String> names = new TreeSet<>();
        doc.at("/components/messages").forEach(m -> names.add(m.get("name").asText()));
        assertEquals(new TreeSet<>(List.of("consultation.opened", "consultation.closed", "engagement.scheduled",
                "outcome.published", "outcome.overdue", "case-study.published", "partnership.registered", "area.saved", "target.set")), names);
        assertEquals("directory.events", doc.at("/channels/directoryEvents/address").asText());
        assertEquals("performance.events", doc.at("/channels/performanceEvents/address").asText());
    }
}
