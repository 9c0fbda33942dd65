package org.partnershiphub.engagement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.engagement.Fixtures;
import org.partnershiphub.local.TestKafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The good-practice library: adding, searching, and partnerships saying they reused a practice. */
@QuarkusTest
class CaseStudyTest {

    private static UUID safer;
    private static UUID rother;

    @BeforeEach
    void partnerships() {
        if (safer == null) {
            safer = Fixtures.partnership("Safer East Sussex Partnership");
            rother = Fixtures.partnership("Rother Local Strategic Partnership");
        }
    }

    private static Map<String, Object> caseStudy(String title, String challenge, List<String> tags) {
        return Map.of("title", title, "partnership_ids", List.of(safer.toString()),
                "themes", List.of("community-safety", "children-young-people"),
                "challenge", challenge,
                "what_was_done", "A week training with real firefighters, for young people referred by local agencies",
                "results", "Young people gained self-esteem",
                "cost_band", "5k-50k", "contact_role", "LIFE Co-ordinator", "lessons_learned", "Referrals matter",
                "tags", tags);
    }

    private static String add(Map<String, Object> body) {
        return given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/case-studies").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCaseStudyIsFoundByTheWordsOfItsStoryAndItsTagsAndIsAnnounced() {
        String marker = "zq" + UUID.randomUUID().toString().substring(0, 6);
        String id = add(caseStudy("The LIFE project " + marker, "Vandalism by youngsters in " + marker,
                List.of("fire and rescue", "young people")));
        add(caseStudy("Street pastors " + UUID.randomUUID(), "Night-time economy", List.of("alcohol")));

        // stemmed full text: "vandalise" finds "vandalism"
        given().when().get("/case-studies?q=vandalism " + marker)
                .then().statusCode(200).body("total_items", equalTo(1)).body("contents[0].id", equalTo(id))
                .body("contents[0].partnerships[0].name", equalTo("Safer East Sussex Partnership"));
        given().when().get("/case-studies?q=firefighters " + marker).then().body("contents.id", contains(id));
        given().when().get("/case-studies?q=" + marker + "&tag=fire and rescue&theme=community-safety")
                .then().body("contents.id", contains(id));
        given().when().get("/case-studies?q=" + marker + "&tag=alcohol").then().body("total_items", equalTo(0));

        List<ConsumerRecord<String, String>> records = TestKafka.read("engagement.events",
                r -> id.equals(r.key()) && "case-study.published".equals(TestKafka.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        JsonNode event = read(records.get(0).value());
        assertEquals("case-study", event.get("kind").asText());
        assertEquals("The LIFE project " + marker, event.get("title").asText());
        assertEquals("E07000063", event.at("/areas/0").asText(), "areas of the partnerships behind it");
        assertEquals("http://localhost:8083/case-studies/" + id, event.get("url").asText());
    }

    @Test
    void partnershipsAddThemselvesToTheReusedByListOnce() {
        String id = add(caseStudy("Reused practice " + UUID.randomUUID(), "A challenge", List.of()));
        for (String note : List.of("Piloting in Bexhill", "Running in Bexhill and Rye")) {
            given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                    .body(Map.of("partnership_id", rother.toString(), "note", note))
                    .when().post("/case-studies/" + id + "/reused-by")
                    .then().statusCode(200);
        }
        given().when().get("/case-studies/" + id)
                .then().statusCode(200)
                .body("reused_by", hasSize(1))
                .body("reused_by[0].name", equalTo("Rother Local Strategic Partnership"))
                .body("reused_by[0].note", equalTo("Running in Bexhill and Rye"));
        given().when().get("/case-studies?partnership=" + rother).then().body("contents.id", org.hamcrest.Matchers.hasItem(id));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("partnership_id", UUID.randomUUID().toString()))
                .when().post("/case-studies/" + id + "/reused-by")
                .then().statusCode(422).body("field", equalTo("partnership_id"));
    }

    @Test
    void titlesAreUniqueAndRequiredFieldsAreNamed() {
        String title = "Unique " + UUID.randomUUID();
        add(caseStudy(title, "c", List.of()));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(caseStudy(title, "c", List.of()))
                .when().post("/case-studies").then().statusCode(409).body("field", equalTo("title"));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .when().post("/case-studies").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("partnership_ids", "challenge", "what_was_done", "results"));
    }

    private static JsonNode read(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
