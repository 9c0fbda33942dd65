package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.support.Fixtures;
import org.partnershiphub.local.TestStack;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershiphub.directory.support.Fixtures.area;
import static org.partnershiphub.directory.support.Fixtures.membership;
import static org.partnershiphub.directory.support.Fixtures.partnership;
import static org.partnershiphub.directory.support.Fixtures.person;

/** The OpenAPI document describes every operation, and every path in it answers. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationHasASummaryResponsesAndDocumentedErrors() throws Exception {
        JsonNode doc = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> problems = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (!operation.hasNonNull("summary")) {
                problems.add(where + " has no summary");
            }
            JsonNode responses = operation.path("responses");
            if (responses.size() < 2 && !path.getKey().equals("/")) {
                problems.add(where + " documents only " + responses.size() + " response");
            }
            if (!op.getKey().equals("get") && !responses.has("401")) {
                problems.add(where + " does not document 401");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                if (!parameter.hasNonNull("description") && !parameter.hasNonNull("example")) {
                    problems.add(where + " parameter " + parameter.path("name").asText() + " is undocumented");
                }
            }
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(doc.at("/components/schemas/PartnershipRequest/properties/name/examples").size() > 0
                || doc.at("/components/schemas/PartnershipRequest/properties/name/example").isTextual(), "schemas carry examples");
    }

    @Test
    void everyPathAnswersWithoutNotFoundOrServerError() throws Exception {
        String county = area("county", null);
        String p = partnership(Map.of("areas", List.of(county)));
        String m = membership(Map.of("person_id", person("Pat Testcase"), "partnership_id", p, "role", "member",
                "starts_on", "2026-01-01"));
        String org = Fixtures.organisation("public");
        String personId = person("Quinn Testcase");
        String meeting = Fixtures.post("/meetings", Map.of("partnership_id", p, "title", "Board",
                "starts_at", "2026-12-03T10:00:00Z", "ends_at", "2026-12-03T12:00:00Z")).statusCode(201).extract().path("id");
        String term = "term-" + Fixtures.suffix();
        Fixtures.post("/glossary", Map.of("term", "Term", "slug", term, "definition", "A word")).statusCode(201);
        Map<String, String> values = Map.of("id", p, "code", county, "slug", term);
        Map<String, String> idByCollection = Map.of("/memberships/", m, "/organisations/", org, "/people/", personId,
                "/meetings/", meeting, "/themes/", "housing");

        JsonNode doc = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi").asString());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String concrete = path.getKey();
            for (Map.Entry<String, String> c : idByCollection.entrySet()) {
                if (concrete.startsWith(c.getKey() + "{")) {
                    concrete = concrete.replaceFirst("\\{[^}]+}", c.getValue());
                }
            }
            for (Map.Entry<String, String> v : values.entrySet()) {
                concrete = concrete.replace("{" + v.getKey() + "}", v.getValue());
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                RequestSpecification request = given().header("Authorization", TestStack.get().bearer("directory-editor"));
                int status;
                if (method.equals("get")) {
                    status = request.when().get(concrete).statusCode();
                } else if (method.equals("delete")) {
                    // deleting would spoil the other checks; an unknown id shows the route exists
                    status = request.when().delete(concrete.replace(p, "00000000-0000-0000-0000-000000000000")
                            .replace(m, "00000000-0000-0000-0000-000000000000").replace(term, "no-such-term")).statusCode();
                    status = status == 404 ? 204 : status;
                } else {
                    status = request.contentType("application/json").body("{}").request(method, concrete).statusCode();
                }
                checked++;
                if (status == 404 || status == 405 || status >= 500) {
                    failures.add(method.toUpperCase() + " " + concrete + " -> " + status);
                }
            }
        }
        assertTrue(checked > 30, "checked " + checked + " operations");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertFalse(doc.get("paths").has("/q/openapi"));
    }
}
