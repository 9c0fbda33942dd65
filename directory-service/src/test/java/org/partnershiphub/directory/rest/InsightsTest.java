package org.partnershiphub.directory.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.partnershiphub.directory.support.Fixtures.area;
import static org.partnershiphub.directory.support.Fixtures.membership;
import static org.partnershiphub.directory.support.Fixtures.organisation;
import static org.partnershiphub.directory.support.Fixtures.partnership;
import static org.partnershiphub.directory.support.Fixtures.person;
import static org.partnershiphub.directory.support.Fixtures.post;

/** Representation gaps, coverage gaps and joint working, computed from real records. */
@QuarkusTest
class InsightsTest {

    @Test
    void representationComparesFilledPostsAndMemberSectorsWithTheExpectedOnes() {
        String p = partnership(Map.of("board_size", 3));
        String police = post(p, "Police", "public");
        post(p, "Voluntary sector representative", "voluntary-community");
        membership(Map.of("person_id", person("Casey Madeup"), "partnership_id", p, "post_id", police,
                "organisation_id", organisation("public"), "role", "member", "starts_on", "2025-01-01"));
        given().when().get("/partnerships/" + p + "/representation").then().statusCode(200)
                .body("vacant_posts", equalTo(1)).body("current_members", equalTo(1)).body("board_size", equalTo(3))
                .body("posts.find { it.title == 'Police' }.filled", equalTo(true))
                .body("posts.find { it.title == 'Police' }.holder_name", equalTo("Casey Madeup"))
                .body("expected_sectors", equalTo(List.of("public", "voluntary-community")))
                .body("present_sectors", equalTo(List.of("public")))
                .body("missing_sectors", equalTo(List.of("voluntary-community")));
        given().queryParam("as_at", "2024-06-01").when().get("/partnerships/" + p + "/representation").then()
                .body("vacant_posts", equalTo(2)).body("current_members", equalTo(0));
        given().queryParam("per_page", 100).when().get("/representation/gaps").then().statusCode(200)
                .body("contents.partnership_id", hasItem(p))
                .body("contents.find { it.partnership_id == '" + p + "' }.vacant_posts",
                        equalTo(List.of("Voluntary sector representative")));
    }

    @Test
    void aFullyRepresentedBoardIsNoGap() {
        String p = partnership(Map.of());
        String seat = post(p, "Business representative", "private");
        membership(Map.of("person_id", person("Dana Notreal"), "partnership_id", p, "post_id", seat,
                "organisation_id", organisation("private"), "role", "chair", "starts_on", "2025-01-01"));
        given().queryParam("per_page", 100).when().get("/representation/gaps").then()
                .body("contents.partnership_id", not(hasItem(p)));
    }

    @Test
    void coverageListsThemesNoActivePartnershipServingTheAreaWorksOn() {
        String county = area("county", null);
        String district = area("district", county);
        partnership(Map.of("type", "county-lsp", "areas", List.of(county), "themes", List.of("housing")));
        partnership(Map.of("type", "district-lsp", "areas", List.of(district), "themes", List.of("community-safety")));
        String gone = partnership(Map.of("areas", List.of(district), "themes", List.of("culture-sports-leisure")));
        given().header("Authorization", org.partnershiphub.directory.support.Fixtures.editor())
                .contentType("application/json").body("{\"dissolved_on\":\"2020-01-01\"}")
                .when().post("/partnerships/" + gone + "/dissolve").then().statusCode(200);

        given().when().get("/areas/" + district + "/coverage").then().statusCode(200)
                .body("areas_considered", equalTo(List.of(county, district).stream().sorted().toList()))
                .body("gaps", hasItem("culture-sports-leisure")).body("gaps", not(hasItem("housing")))
                .body("gaps", not(hasItem("community-safety"))).body("gaps.size()", equalTo(12));
        given().when().get("/areas/" + county + "/coverage").then()
                .body("gaps", hasItem("community-safety")).body("gaps.size()", equalTo(13));
        given().queryParam("include_sub_areas", true).when().get("/areas/" + county + "/coverage").then()
                .body("gaps.size()", equalTo(12));
        given().when().get("/areas/Z00000000/coverage").then().statusCode(404);
    }

    @Test
    void jointWorkingShowsEveryActivePartnershipOnATheme() {
        String county = area("county", null);
        String district = area("district", county);
        String countyWide = partnership(Map.of("type", "thematic-partnership", "areas", List.of(county),
                "themes", List.of("older-people")));
        String local = partnership(Map.of("type", "district-lsp", "areas", List.of(district), "themes", List.of("older-people")));
        given().when().get("/themes/older-people/joint-working").then().statusCode(200)
                .body("partnerships.id", hasItem(countyWide)).body("partnerships.id", hasItem(local))
                .body("areas", hasItem(county)).body("areas", hasItem(district))
                .body("by_type.'district-lsp'", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().when().get("/themes/knitting/joint-working").then().statusCode(404);
    }
}
