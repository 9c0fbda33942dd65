package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.support.Fixtures;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershiphub.directory.support.Fixtures.area;
import static org.partnershiphub.directory.support.Fixtures.membership;
import static org.partnershiphub.directory.support.Fixtures.partnership;
import static org.partnershiphub.directory.support.Fixtures.post;

/** The Popolo export validates against the Popolo JSON schemas (copied unchanged into test resources). */
@QuarkusTest
class PopoloExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "http://www.popoloproject.com/schemas/";
    private static final List<String> SCHEMAS = List.of("area", "contact_detail", "count", "event", "group_result",
            "identifier", "link", "membership", "motion", "organization", "other_name", "person", "post", "speech",
            "vote", "vote_event");

    @Test
    void theExportIsValidPopoloAndCarriesNoContactDetailsOfPeople() throws Exception {
        String county = area("county", null);
        String lsp = partnership(Map.of("type", "county-lsp", "areas", List.of(county), "established_on", "2001-04-01",
                "website", "https://www.example.gov.uk/essp", "contact_email", "essp@example.gov.uk"));
        String seat = post(lsp, "Voluntary sector representative", "voluntary-community");
        String org = Fixtures.post("/organisations", Map.of("name", "Example Trust "
                        + Fixtures.suffix(), "sector", "voluntary-community",
                "identifiers", List.of("GB-CHC-1234567"))).statusCode(201).extract().path("id");
        String person = Fixtures.post("/people", Map.of("name", "Lee Imaginary",
                "public_role", "Trustee", "email", "lee.imaginary@example.org")).statusCode(201).extract().path("id");
        membership(Map.of("person_id", person, "partnership_id", lsp, "organisation_id", org, "post_id", seat,
                "role", "member", "starts_on", "2026-04-01"));

        String body = given().when().get("/export/popolo").then().statusCode(200).extract().asString();
        assertFalse(body.contains("lee.imaginary@example.org"), "no personal email in the export");
        JsonNode export = JSON.readTree(body);
        JsonSchemaFactory factory = factory();
        Map<String, String> collections = Map.of("organizations", "organization", "persons", "person",
                "memberships", "membership", "posts", "post", "areas", "area");
        for (Map.Entry<String, String> c : collections.entrySet()) {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + c.getValue() + ".json#"));
            assertTrue(export.get(c.getKey()).size() > 0, c.getKey() + " present");
            for (JsonNode item : export.get(c.getKey())) {
                Set<ValidationMessage> errors = schema.validate(item);
                assertTrue(errors.isEmpty(), c.getKey() + " item " + item + " invalid: " + errors);
            }
        }
        JsonNode membership = find(export.get("memberships"), "person_id", person);
        assertEquals(lsp, membership.get("organization_id").asText());
        assertEquals(org, membership.get("on_behalf_of_id").asText());
        assertEquals(seat, membership.get("post_id").asText());
        assertEquals("2026-04-01", membership.get("start_date").asText());
        assertEquals("Lee Imaginary", find(export.get("persons"), "id", person).get("name").asText());
        assertEquals(2, find(export.get("persons"), "id", person).size(), "persons carry id and name only");
        assertEquals("county-lsp", find(export.get("organizations"), "id", lsp).get("classification").asText());
        assertEquals("GB-CHC-1234567", find(export.get("organizations"), "id", org).at("/identifiers/1/identifier").asText());
        assertEquals("county", find(export.get("areas"), "id", county).get("classification").asText());

        // the validator really applies the schemas: a malformed date is caught
        ObjectNode broken = membership.deepCopy();
        broken.put("start_date", "1 April 2026");
        assertFalse(factory.getSchema(SchemaLocation.of(BASE + "membership.json#")).validate(broken).isEmpty());
        ObjectNode badOrg = find(export.get("organizations"), "id", org).deepCopy();
        ((ObjectNode) badOrg.get("identifiers").get(0)).remove("identifier");
        assertFalse(factory.getSchema(SchemaLocation.of(BASE + "organization.json#")).validate(badOrg).isEmpty(),
                "draft-03 required properties are enforced");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no item with " + field + "=" + value);
    }

    /**
     * The Popolo schemas are JSON Schema draft-03, which this validator reads as draft-04 once draft-03's
     * per-property {@code "required": true} is turned into draft-04's {@code required} array; the schemas
     * resolve each other by their popoloproject.com ids from the copies in test resources (no network).
     */
    private static JsonSchemaFactory factory() throws IOException {
        Map<String, String> byId = new HashMap<>();
        for (String name : SCHEMAS) {
            try (InputStream in = PopoloExportTest.class.getResourceAsStream("/popolo/" + name + ".json")) {
                ObjectNode schema = (ObjectNode) JSON.readTree(in);
                byId.put(BASE + name + ".json", JSON.writeValueAsString(toDraft4(schema)));
            }
        }
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(byId)));
    }

    private static JsonNode toDraft4(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("$schema")) {
                object.put("$schema", "http://json-schema.org/draft-04/schema#");
            }
            JsonNode properties = object.get("properties");
            if (properties != null && properties.isObject()) {
                ArrayNode required = JSON.createArrayNode();
                properties.fields().forEachRemaining(p -> {
                    if (p.getValue().path("required").isBoolean()) {
                        if (p.getValue().get("required").asBoolean()) {
                            required.add(p.getKey());
                        }
                        ((ObjectNode) p.getValue()).remove("required");
                    }
                });
                if (!required.isEmpty()) {
                    object.set("required", required);
                }
            }
            object.fields().forEachRemaining(e -> toDraft4(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(PopoloExportTest::toDraft4);
        }
        return node;
    }
}
