package org.partnershiphub.directory.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.support.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.partnershiphub.directory.support.Fixtures.area;
import static org.partnershiphub.directory.support.Fixtures.membership;
import static org.partnershiphub.directory.support.Fixtures.organisation;
import static org.partnershiphub.directory.support.Fixtures.partnership;
import static org.partnershiphub.directory.support.Fixtures.person;
import static org.partnershiphub.directory.support.Fixtures.post;
import static org.partnershiphub.directory.support.Fixtures.put;

/** The directory's resources and the rules that keep them consistent, over HTTP against the real database. */
@QuarkusTest
class DirectoryRulesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void theThemeTaxonomyExistsFromTheStart() {
        given().queryParam("per_page", 100).when().get("/themes").then().statusCode(200)
                .body("total_items", equalTo(14))
                .body("contents.code", hasItems("economy-jobs-prosperity", "community-safety", "older-people",
                        "children-young-people", "reducing-inequalities", "being-sustainable", "effective-services"));
        given().queryParam("kind", "population-group").when().get("/themes").then().body("total_items", equalTo(2));
        given().when().get("/themes/housing").then().statusCode(200).body("kind", equalTo("theme"));
    }

    @Test
    void areasFormATreeAndDuplicatesOrUnknownParentsAreRefused() {
        String county = area("county", null);
        String district = area("district", county);
        given().queryParam("parent", county).when().get("/areas").then().statusCode(200)
                .body("contents.code", equalTo(List.of(district)));
        Fixtures.post("/areas", Map.of("code", district, "name", "Again", "type", "district"))
                .statusCode(409).contentType(PROBLEM).body("field", equalTo("code"));
        String missing = Fixtures.areaCode('Z');
        Fixtures.post("/areas", Map.of("code", Fixtures.areaCode('E'), "name", "Orphan", "type", "ward", "parent_code", missing))
                .statusCode(422).contentType(PROBLEM).body("field", equalTo("parent_code")).body("detail", containsString(missing));
        put("/areas/" + county, Map.of("code", county, "name", "Loop", "type", "county", "parent_code", district))
                .statusCode(422).body("field", equalTo("parent_code"));
        Fixtures.post("/areas", Map.of("code", "E1", "name", "Bad", "type", "district"))
                .statusCode(400).body("violations.field", hasItem(containsString("code")));
    }

    @Test
    void aPartnershipKeepsEveryFieldOfItsRecord() {
        String district = area("district", null);
        String lsp = partnership(Map.of("type", "district-lsp"));
        String id = partnership(Fixtures.fields("name", "Safer Wealden Partnership", "type", "thematic-partnership",
                "statutory", true, "parent_id", lsp, "linked_lsp_ids", List.of(lsp), "areas", List.of(district),
                "themes", List.of("community-safety"), "vision", "A safer Wealden", "priorities",
                List.of("Reduce anti-social behaviour", "Reduce re-offending"), "established_on", "2003-04-01",
                "website", "https://www.example.gov.uk/safer", "contact_email", "safer@example.gov.uk",
                "meeting_frequency", "Quarterly", "board_size", 16));
        given().when().get("/partnerships/" + id).then().statusCode(200)
                .body("type", equalTo("thematic-partnership")).body("statutory", equalTo(true))
                .body("parent_id", equalTo(lsp)).body("linked_lsp_ids", equalTo(List.of(lsp)))
                .body("areas", equalTo(List.of(district))).body("themes", equalTo(List.of("community-safety")))
                .body("vision", equalTo("A safer Wealden")).body("priorities[1]", equalTo("Reduce re-offending"))
                .body("status", equalTo("active")).body("established_on", equalTo("2003-04-01"))
                .body("dissolved_on", nullValue()).body("website", equalTo("https://www.example.gov.uk/safer"))
                .body("contact_email", equalTo("safer@example.gov.uk")).body("meeting_frequency", equalTo("Quarterly"))
                .body("board_size", equalTo(16));
    }

    @Test
    void unknownReferencesAre422NamingTheField() {
        String unknown = UUID.randomUUID().toString();
        Fixtures.post("/partnerships", Map.of("name", "P " + Fixtures.suffix(), "type", "other", "parent_id", unknown))
                .statusCode(422).contentType(PROBLEM).body("field", equalTo("parent_id")).body("detail", containsString(unknown));
        Fixtures.post("/partnerships", Map.of("name", "P " + Fixtures.suffix(), "type", "other", "areas", List.of("E99999999")))
                .statusCode(422).body("field", equalTo("areas")).body("detail", containsString("E99999999"));
        Fixtures.post("/partnerships", Map.of("name", "P " + Fixtures.suffix(), "type", "other", "themes", List.of("knitting")))
                .statusCode(422).body("field", equalTo("themes"));
        Fixtures.post("/partnerships", Map.of("name", "P " + Fixtures.suffix(), "type", "other", "linked_lsp_ids", List.of(unknown)))
                .statusCode(422).body("field", equalTo("linked_lsp_ids"));
        Fixtures.post("/memberships", Map.of("person_id", unknown, "partnership_id", partnership(Map.of()),
                "role", "member", "starts_on", "2026-04-01")).statusCode(422).body("field", equalTo("person_id"));
        Fixtures.post("/meetings", Map.of("partnership_id", unknown, "title", "Board",
                "starts_at", "2026-12-03T10:00:00Z", "ends_at", "2026-12-03T12:00:00Z"))
                .statusCode(422).body("field", equalTo("partnership_id"));
    }

    @Test
    void aParentThatWouldMakeACycleIs422AndNothingChanges() {
        String top = partnership(Map.of("type", "county-lsp"));
        String middle = partnership(Map.of("type", "district-lsp", "parent_id", top));
        String bottom = partnership(Map.of("type", "area-sub-partnership", "parent_id", middle));
        put("/partnerships/" + top, Map.of("name", "Top", "type", "county-lsp", "parent_id", bottom))
                .statusCode(422).contentType(PROBLEM).body("field", equalTo("parent_id"))
                .body("title", equalTo("Parent would make a cycle"));
        put("/partnerships/" + top, Map.of("name", "Top", "type", "county-lsp", "parent_id", top)).statusCode(422);
        given().when().get("/partnerships/" + top).then().body("parent_id", nullValue());
    }

    @Test
    void aPublicContactMustNotBeAPersonsOwnAddress() {
        String address = "sam.private" + Fixtures.suffix() + "@example.org";
        Fixtures.post("/people", Map.of("name", "Sam Placeholder", "email", address)).statusCode(201);
        Fixtures.post("/partnerships", Map.of("name", "P " + Fixtures.suffix(), "type", "other", "contact_email", address))
                .statusCode(422).body("field", equalTo("contact_email"));
    }

    @Test
    void dissolvingKeepsTheRecordWithItsDates() {
        String id = partnership(Map.of("established_on", "2001-04-01"));
        Fixtures.post("/partnerships/" + id + "/dissolve", Map.of("dissolved_on", "2000-01-01"))
                .statusCode(422).body("field", equalTo("dissolved_on"));
        Fixtures.post("/partnerships/" + id + "/dissolve", Map.of("dissolved_on", "2011-03-31")).statusCode(200)
                .body("status", equalTo("dissolved")).body("dissolved_on", equalTo("2011-03-31"));
        Fixtures.post("/partnerships/" + id + "/dissolve", Map.of("dissolved_on", "2011-03-31")).statusCode(409);
    }

    @Test
    void peopleArePublishedByNameAndPublicRoleOnly() {
        String id = Fixtures.post("/people", Map.of("name", "Jo Invented", "public_role", "Chief Executive",
                "email", "jo.invented@example.org", "phone", "01273 000000")).statusCode(201)
                .body("$", not(hasKey("email"))).extract().path("id");
        given().when().get("/people/" + id).then().statusCode(200).body("name", equalTo("Jo Invented"))
                .body("public_role", equalTo("Chief Executive"))
                .body(not(containsString("jo.invented@example.org"))).body(not(containsString("01273")));
        given().queryParam("q", "invented").when().get("/people").then().statusCode(200)
                .body(not(containsString("example.org")));
    }

    @Test
    void organisationsCarrySectorDutyKindAndIdentifiers() {
        String slug = "sussex-police-" + Fixtures.suffix();
        String id = Fixtures.post("/organisations", Map.of("name", "Sussex Police " + slug, "slug", slug, "sector", "public",
                "duty_kind", "police", "identifiers", List.of("GB-GOV-SUSSEXPOLICE")))
                .statusCode(201).extract().path("id");
        given().when().get("/organisations/" + id).then().statusCode(200).body("duty_kind", equalTo("police"))
                .body("identifiers", equalTo(List.of("GB-GOV-SUSSEXPOLICE")));
        Fixtures.post("/organisations", Map.of("name", "Again", "slug", slug, "sector", "public")).statusCode(409)
                .body("field", equalTo("slug"));
        Fixtures.post("/organisations", Map.of("name", "Bad", "sector", "guild")).statusCode(400)
                .body("violations.message", hasItem(containsString("voluntary-community")));
        given().queryParam("duty_kind", "police").queryParam("q", "sussex police").queryParam("per_page", 100)
                .when().get("/organisations").then().statusCode(200).body("contents.id", hasItem(id));
    }

    @Test
    void membershipDatesMustRunForwardAndAPostHasOneHolderAtATime() {
        String p = partnership(Map.of());
        String seat = post(p, "Police", "public");
        String a = person("Alex Sample");
        String b = person("Bo Sample");
        Fixtures.post("/memberships", Map.of("person_id", a, "partnership_id", p, "role", "member",
                "starts_on", "2026-04-01", "ends_on", "2026-03-01")).statusCode(422).contentType(PROBLEM)
                .body("field", equalTo("ends_on"));
        membership(Map.of("person_id", a, "partnership_id", p, "post_id", seat, "role", "member",
                "starts_on", "2025-04-01", "ends_on", "2026-03-31"));
        Fixtures.post("/memberships", Map.of("person_id", b, "partnership_id", p, "post_id", seat, "role", "member",
                "starts_on", "2026-01-01")).statusCode(422).body("field", equalTo("post_id"))
                .body("title", equalTo("Post already held then"));
        membership(Map.of("person_id", b, "partnership_id", p, "post_id", seat, "role", "member", "starts_on", "2026-04-01"));
        String other = post(partnership(Map.of()), "Other board's seat", "public");
        Fixtures.post("/memberships", Map.of("person_id", b, "partnership_id", p, "post_id", other, "role", "member",
                "starts_on", "2026-04-01")).statusCode(422).body("field", equalTo("post_id"));
        given().queryParam("partnership", p).queryParam("as_at", "2025-12-01").when().get("/memberships").then()
                .statusCode(200).body("total_items", equalTo(1)).body("contents[0].person_name", equalTo("Alex Sample"));
        given().queryParam("partnership", p).queryParam("as_at", "2026-06-01").when().get("/memberships").then()
                .body("total_items", equalTo(1)).body("contents[0].person_name", equalTo("Bo Sample"));
    }

    @Test
    void meetingsKeepAgendaAndDocumentsAndCheckWhatTheyReferTo() {
        String p = partnership(Map.of());
        String thematic = partnership(Map.of("type", "thematic-partnership"));
        Map<String, Object> item = Map.of("title", "Community safety feedback", "lead", "Chair, Safer Communities",
                "theme", "community-safety", "feedback_partnership_id", thematic);
        String id = Fixtures.post("/meetings", Map.of("partnership_id", p, "title", "Board meeting",
                        "starts_at", "2026-12-03T10:00:00Z", "ends_at", "2026-12-03T12:00:00Z", "place", "Lewes",
                        "agenda", List.of(item), "documents", List.of(Map.of("title", "Agenda pack", "url", "https://example.org/a.pdf"))))
                .statusCode(201).body("status", equalTo("scheduled")).extract().path("id");
        given().when().get("/meetings/" + id).then().statusCode(200)
                .body("agenda[0].feedback_partnership_id", equalTo(thematic))
                .body("agenda[0].theme", equalTo("community-safety"))
                .body("documents[0].url", equalTo("https://example.org/a.pdf")).body("public", equalTo(true));
        Fixtures.post("/meetings", Map.of("partnership_id", p, "title", "Board", "starts_at", "2026-12-03T10:00:00Z",
                "ends_at", "2026-12-03T12:00:00Z", "agenda", List.of(Map.of("title", "x", "theme", "knitting"))))
                .statusCode(422).body("field", equalTo("agenda[0].theme"));
        Fixtures.post("/meetings", Map.of("partnership_id", p, "title", "Board", "starts_at", "2026-12-03T10:00:00Z",
                "ends_at", "2026-12-03T09:00:00Z")).statusCode(422).body("field", equalTo("ends_at"));
        given().queryParam("partnership", p).queryParam("status", "scheduled").when().get("/meetings").then()
                .body("total_items", equalTo(1));
    }

    @Test
    void glossaryTermsLinkToPartnershipsAndThemes() {
        String p = partnership(Map.of());
        String slug = "cdrp-" + Fixtures.suffix();
        Fixtures.post("/glossary", Map.of("term", "CDRP", "slug", slug, "expansion", "Crime and Disorder Reduction Partnership",
                "definition", "The statutory partnership that tackles crime locally", "partnership_ids", List.of(p),
                "themes", List.of("community-safety"))).statusCode(201);
        Fixtures.post("/glossary", Map.of("term", "CDRP", "slug", slug, "definition", "again")).statusCode(409);
        given().queryParam("partnership", p).when().get("/glossary").then().statusCode(200)
                .body("contents.slug", equalTo(List.of(slug)));
        given().queryParam("theme", "community-safety").queryParam("q", "tackles crime").queryParam("per_page", 100)
                .when().get("/glossary").then().body("contents.slug", hasItem(slug));
        Fixtures.post("/glossary", Map.of("term", "X", "definition", "y", "themes", List.of("nope")))
                .statusCode(422).body("field", equalTo("themes"));
    }
}
