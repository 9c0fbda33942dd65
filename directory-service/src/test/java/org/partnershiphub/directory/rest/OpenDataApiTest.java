package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.support.Fixtures;
import org.partnershiphub.local.TestStack;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershiphub.directory.support.Fixtures.area;
import static org.partnershiphub.directory.support.Fixtures.partnership;
import static org.partnershiphub.directory.support.Fixtures.person;

/** What third-party websites rely on: filters, sorting, incremental sync, bulk export and HTTP caching. */
@QuarkusTest
class OpenDataApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void filtersCombineWithAndAndAreaCanIncludeSubAreas() {
        String county = area("county", null);
        String district = area("district", county);
        String ward = area("ward", district);
        String countyLsp = partnership(Map.of("type", "county-lsp", "areas", List.of(county), "themes", List.of("housing")));
        String districtLsp = partnership(Map.of("type", "district-lsp", "areas", List.of(district),
                "themes", List.of("housing", "community-safety")));
        String wardGroup = partnership(Map.of("type", "area-sub-partnership", "areas", List.of(ward),
                "themes", List.of("community-safety")));

        given().queryParam("area", county).when().get("/partnerships").then().statusCode(200)
                .body("contents.id", equalTo(List.of(countyLsp)));
        List<String> all = given().queryParam("area", county).queryParam("include_sub_areas", true)
                .when().get("/partnerships").then().body("total_items", equalTo(3)).extract().path("contents.id");
        assertTrue(all.containsAll(List.of(countyLsp, districtLsp, wardGroup)));
        given().queryParam("area", county).queryParam("include_sub_areas", true).queryParam("theme", "community-safety")
                .queryParam("type", "district-lsp").when().get("/partnerships").then()
                .body("contents.id", equalTo(List.of(districtLsp)));
        given().queryParam("area", county).queryParam("include_sub_areas", true).queryParam("status", "dissolved")
                .when().get("/partnerships").then().body("total_items", equalTo(0));
        given().queryParam("type", "lsp").when().get("/partnerships").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("type"));
    }

    @Test
    void qIsFullTextSearchOverNameVisionAndPriorities() {
        String district = area("district", null);
        String word = "zed" + Fixtures.suffix().replaceAll("[0-9]", "q");
        String byPriority = partnership(Map.of("areas", List.of(district), "priorities", List.of("More " + word + " homes")));
        String byVision = partnership(Map.of("areas", List.of(district), "vision", "Where " + word + "s thrive"));
        partnership(Map.of("areas", List.of(district), "vision", "Nothing to see"));
        List<String> found = given().queryParam("q", word).when().get("/partnerships").then().statusCode(200)
                .extract().path("contents.id");
        assertEquals(2, found.size(), "matches " + found);
        assertTrue(found.containsAll(List.of(byPriority, byVision)));
        given().queryParam("q", word + " -homes").queryParam("area", district).when().get("/partnerships").then()
                .body("contents.id", equalTo(List.of(byVision)));
    }

    @Test
    void sortIsChosenByTheCallerAndUnknownSortsAreRefused() {
        String district = area("district", null);
        partnership(Map.of("name", "Alpha " + Fixtures.suffix(), "areas", List.of(district)));
        partnership(Map.of("name", "Zulu " + Fixtures.suffix(), "areas", List.of(district)));
        List<String> names = given().queryParam("area", district).queryParam("sort", "-name").when().get("/partnerships")
                .then().extract().path("contents.name");
        assertTrue(names.get(0).startsWith("Zulu"));
        given().queryParam("sort", "colour").when().get("/partnerships").then().statusCode(400)
                .body("field", equalTo("sort")).body("detail", containsString("-updated_at"));
    }

    @Test
    void asAtShowsPartnershipsMembershipsAndTheHierarchyAsTheyStoodThatDay() {
        String district = area("district", null);
        String lsp = partnership(Map.of("type", "district-lsp", "areas", List.of(district), "established_on", "2001-04-01"));
        String sub = partnership(Map.of("type", "area-sub-partnership", "parent_id", lsp, "areas", List.of(district),
                "established_on", "2005-06-01"));
        Fixtures.post("/partnerships/" + sub + "/dissolve", Map.of("dissolved_on", "2011-03-31")).statusCode(200);

        given().queryParam("area", district).queryParam("as_at", "2003-01-01").when().get("/partnerships").then()
                .body("contents.id", equalTo(List.of(lsp)));
        given().queryParam("area", district).queryParam("as_at", "2008-01-01").queryParam("status", "active")
                .when().get("/partnerships").then().body("total_items", equalTo(2));
        given().queryParam("as_at", "2008-01-01").when().get("/partnerships/" + sub).then().statusCode(200)
                .body("status", equalTo("active")).body("dissolved_on", equalTo(null));
        given().queryParam("as_at", "2012-01-01").when().get("/partnerships/" + sub).then()
                .body("status", equalTo("dissolved")).body("dissolved_on", equalTo("2011-03-31"));
        given().queryParam("as_at", "2000-01-01").when().get("/partnerships/" + lsp).then().statusCode(404);

        Response tree2003 = given().queryParam("as_at", "2003-01-01").when().get("/partnerships/hierarchy");
        assertTrue(tree2003.asString().contains(lsp));
        assertTrue(!tree2003.asString().contains(sub), "the sub-partnership did not exist in 2003");
        List<Map<String, Object>> roots = given().queryParam("as_at", "2008-01-01").when().get("/partnerships/hierarchy")
                .then().statusCode(200).extract().path("findAll { it.id == '" + lsp + "' }");
        assertEquals(sub, ((List<Map<String, Object>>) roots.get(0).get("children")).get(0).get("id"));
        given().queryParam("as_at", "not-a-date").when().get("/partnerships").then().statusCode(400)
                .body("field", equalTo("as_at"));
    }

    @Test
    void modifiedAfterReturnsChangesAndDeletionTombstones() {
        String district = area("district", null);
        String before = partnership(Map.of("areas", List.of(district)));
        Instant since = Instant.now();
        String changed = partnership(Map.of("areas", List.of(district)));
        String doomed = partnership(Map.of("areas", List.of(district)));
        given().header("Authorization", TestStack.get().bearer("admin")).when().delete("/partnerships/" + doomed)
                .then().statusCode(204);
        given().queryParam("area", district).queryParam("modified_after", since.toString()).when().get("/partnerships")
                .then().statusCode(200).body("contents.id", equalTo(List.of(changed)))
                .body("deleted.id", hasItem(doomed)).body("deleted[0].deleted_at", notNullValue());
        given().queryParam("area", district).when().get("/partnerships").then()
                .body("total_items", equalTo(2)).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("deleted")));
        assertTrue(before != null);
        given().header("Authorization", Fixtures.editor()).when().delete("/partnerships/" + changed).then().statusCode(403);
    }

    @Test
    void formatNdjsonStreamsTheWholeCollectionWithoutPaging() {
        String district = area("district", null);
        for (int i = 0; i < 3; i++) {
            partnership(Map.of("areas", List.of(district)));
        }
        Response response = given().queryParam("area", district).queryParam("format", "ndjson").queryParam("per_page", 1)
                .when().get("/partnerships");
        response.then().statusCode(200).contentType(containsString("application/x-ndjson"));
        List<String> lines = Arrays.stream(response.asString().split("\n")).filter(l -> !l.isBlank()).toList();
        assertEquals(3, lines.size());
        lines.forEach(l -> assertTrue(l.startsWith("{\"id\":\"") && l.contains(district)));
        String memberships = given().queryParam("format", "ndjson").when().get("/memberships").then().statusCode(200)
                .extract().asString();
        assertTrue(memberships.isEmpty() || memberships.startsWith("{"));
        given().queryParam("format", "xml").when().get("/partnerships").then().statusCode(400).body("field", equalTo("format"));
    }

    @Test
    void formatNdjsonStreamsEveryMatchingMeeting() {
        String district = area("district", null);
        String p = partnership(Map.of("areas", List.of(district)));
        String open1 = meeting(p, true);
        String open2 = meeting(p, true);
        meeting(p, false);
        meeting(partnership(Map.of()), true);

        List<JsonNode> lines = ndjson(given().queryParam("area", district).queryParam("public", true)
                .queryParam("per_page", 1).queryParam("format", "ndjson").when().get("/meetings"));
        assertEquals(Set.of(open1, open2), ids(lines, "id"));
        lines.forEach(l -> assertEquals(p, l.get("partnership_id").asText()));
    }

    @Test
    void formatNdjsonStreamsPeopleWithoutTheirContactDetails() {
        String word = "Nd" + Fixtures.suffix().replaceAll("[0-9]", "x");
        Set<String> named = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            named.add(Fixtures.post("/people", Map.of("name", word + " Person " + i, "public_role", "Board member",
                    "email", "private." + i + "@example.org", "phone", "01273 000 00" + i)).statusCode(201).extract().path("id"));
        }
        person("Someone Else");

        Response response = given().queryParam("q", word).queryParam("format", "ndjson").when().get("/people");
        List<JsonNode> lines = ndjson(response);
        assertEquals(named, ids(lines, "id"));
        lines.forEach(l -> {
            assertEquals("Board member", l.get("public_role").asText());
            assertFalse(l.has("email") || l.has("phone"), "contact details leaked: " + l);
        });
        assertFalse(response.asString().contains("@example.org") || response.asString().contains("01273"));
    }

    @Test
    void formatNdjsonStreamsGlossaryTermsChangedSinceATime() {
        String p = partnership(Map.of());
        term(p);
        Instant since = Instant.now();
        Set<String> later = Set.of(term(p), term(p));
        term(partnership(Map.of()));

        List<JsonNode> lines = ndjson(given().queryParam("partnership", p).queryParam("modified_after", since.toString())
                .queryParam("format", "ndjson").when().get("/glossary"));
        assertEquals(later, ids(lines, "slug"));
        assertEquals(3, ndjson(given().queryParam("partnership", p).queryParam("format", "ndjson").when().get("/glossary")).size());
    }

    @Test
    void formatNdjsonStreamsEveryAreaInsideAParent() {
        String county = area("county", null);
        Set<String> districts = Set.of(area("district", county), area("district", county), area("district", county));
        area("district", null);

        List<JsonNode> lines = ndjson(given().queryParam("parent", county).queryParam("per_page", 1)
                .queryParam("format", "ndjson").when().get("/areas"));
        assertEquals(districts, ids(lines, "code"));
        given().queryParam("format", "csv").when().get("/areas").then().statusCode(400).body("field", equalTo("format"));
    }

    /** The lines of an ndjson response, each checked to be one JSON object. */
    private static List<JsonNode> ndjson(Response response) {
        response.then().statusCode(200).contentType(containsString("application/x-ndjson"));
        String body = response.asString();
        assertTrue(body.endsWith("\n"), "every line ends with a newline");
        return Arrays.stream(body.split("\n")).map(line -> {
            try {
                JsonNode node = JSON.readTree(line);
                assertTrue(node.isObject(), "not a JSON object: " + line);
                return node;
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }).toList();
    }

    /** The values of one field across lines, failing if any repeats. */
    private static Set<String> ids(List<JsonNode> lines, String field) {
        Set<String> ids = lines.stream().map(l -> l.get(field).asText()).collect(Collectors.toSet());
        assertEquals(lines.size(), ids.size(), "each record once");
        return ids;
    }

    private static String meeting(String partnershipId, boolean isPublic) {
        return Fixtures.post("/meetings", Map.of("partnership_id", partnershipId, "title", "Board " + Fixtures.suffix(),
                "starts_at", "2026-12-03T10:00:00Z", "ends_at", "2026-12-03T12:00:00Z", "public", isPublic))
                .statusCode(201).extract().path("id");
    }

    private static String term(String partnershipId) {
        String slug = "nd-" + Fixtures.suffix();
        Fixtures.post("/glossary", Map.of("term", "Term " + slug, "slug", slug, "definition", "A word",
                "partnership_ids", List.of(partnershipId))).statusCode(201);
        return slug;
    }

    @Test
    void everyReadHasAnETagAndA304WhenUnchanged() {
        String id = partnership(Map.of());
        for (String path : List.of("/partnerships/" + id, "/partnerships?per_page=5", "/themes", "/areas", "/glossary",
                "/organisations", "/people", "/memberships", "/meetings", "/representation/gaps", "/partnerships/hierarchy")) {
            String etag = given().when().get(path).then().statusCode(200)
                    .header("Cache-Control", containsString("max-age")).header("ETag", notNullValue())
                    .extract().header("ETag");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304);
        }
        String etag = given().when().get("/partnerships/" + id).then().extract().header("ETag");
        Fixtures.put("/partnerships/" + id, Map.of("name", "Renamed " + Fixtures.suffix(), "type", "other")).statusCode(200);
        given().header("If-None-Match", etag).when().get("/partnerships/" + id).then().statusCode(200);
    }
}
