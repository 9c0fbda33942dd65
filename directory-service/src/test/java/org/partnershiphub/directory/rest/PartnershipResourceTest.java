package org.partnershiphub.directory.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.partnershiphub.local.TestStack;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PartnershipResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String editor() {
        return TestStack.get().bearer("directory-editor");
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anonymousWriteIsRefusedWith401Problem() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Anon LSP\",\"type\":\"district-lsp\"}")
                .when().post("/partnerships")
                .then().statusCode(401).contentType(PROBLEM)
                .body("status", equalTo(401)).body("title", notNullValue());
    }

    @Test
    void writeWithAnotherServicesRoleIsRefusedWith403Problem() {
        given().header("Authorization", TestStack.get().bearer("engagement-officer"))
                .contentType(ContentType.JSON).body("{\"name\":\"Wrong role LSP\",\"type\":\"district-lsp\"}")
                .when().post("/partnerships")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
    }

    @Test
    void tokenFromAnotherIssuerKeyIsRefused() {
        String forged = "Bearer " + org.partnershiphub.local.DevKeys.generate()
                .token("mallory", java.time.Duration.ofMinutes(5), "admin");
        given().header("Authorization", forged)
                .contentType(ContentType.JSON).body("{\"name\":\"Forged LSP\",\"type\":\"district-lsp\"}")
                .when().post("/partnerships")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void editorRegistersAPartnershipThatCanBeReadBack() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Wealden Local Strategic Partnership (" + suffix + ")";
        String location = given().header("Authorization", editor())
                .contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"type\":\"district-lsp\"}")
                .when().post("/partnerships")
                .then().statusCode(201)
                .body("name", equalTo(name)).body("type", equalTo("district-lsp"))
                .body("slug", equalTo("wealden-local-strategic-partnership-" + suffix))
                .header("Location", containsString("/partnerships/"))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200).body("name", equalTo(name)).body("created_at", notNullValue());
    }

    @Test
    void adminMayWriteToo() {
        given().header("Authorization", TestStack.get().bearer("admin"))
                .contentType(ContentType.JSON)
                .body("{\"name\":\"" + unique("Rother LSP") + "\",\"type\":\"district-lsp\"}")
                .when().post("/partnerships")
                .then().statusCode(201);
    }

    @Test
    void duplicateSlugIsAConflictAndNothingIsWritten() {
        String slug = "hastings-" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"name\":\"Hastings & St Leonards LSP\",\"type\":\"district-lsp\",\"slug\":\"" + slug + "\"}";
        given().header("Authorization", editor()).contentType(ContentType.JSON).body(body)
                .when().post("/partnerships").then().statusCode(201);
        given().header("Authorization", editor()).contentType(ContentType.JSON).body(body)
                .when().post("/partnerships")
                .then().statusCode(409).contentType(PROBLEM)
                .body("field", equalTo("slug")).body("detail", containsString(slug));
        given().queryParam("per_page", 100).when().get("/partnerships")
                .then().body("contents.findAll { it.slug == '" + slug + "' }.size()", equalTo(1));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().header("Authorization", editor()).contentType(ContentType.JSON).body("{\"name\": \"Lewes")
                .when().post("/partnerships")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                .body("title", equalTo("Malformed JSON")).body("detail", containsString("line 1"))
                .body(not(containsString("Exception"))).body(not(containsString("org.")));
    }

    @Test
    void validationFailureNamesTheFieldAndWhatToFix() {
        given().header("Authorization", editor()).contentType(ContentType.JSON).body("{\"name\":\" \",\"type\":\"district-lsp\"}")
                .when().post("/partnerships")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(containsString("name")))
                .body("violations.message", hasItem("give the partnership's name"));
    }

    @Test
    void unknownTypeSaysWhichTypesAreAccepted() {
        given().header("Authorization", editor()).contentType(ContentType.JSON).body("{\"name\":\"Lewes LSP\",\"type\":\"lsp\"}")
                .when().post("/partnerships")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(containsString("type")))
                .body("violations.message", hasItem(containsString("county-lsp")))
                .body(not(containsString("org.partnershiphub")));
    }

    @Test
    void unknownFieldIsRejectedByName() {
        given().header("Authorization", editor()).contentType(ContentType.JSON)
                .body("{\"name\":\"Lewes LSP\",\"type\":\"district-lsp\",\"colour\":\"red\"}")
                .when().post("/partnerships")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("colour"));
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        given().header("Authorization", editor()).contentType(ContentType.TEXT).body("name=Lewes")
                .when().post("/partnerships")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void wrongMethodIsA405Problem() {
        given().when().delete("/partnerships").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void unknownRouteAndUnknownIdAre404Problems() {
        given().when().get("/no-such-collection").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/partnerships/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("Partnership not found"));
    }

    @Test
    void listsArePagedInTheStandardEnvelopeWithLinkHeaders() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", editor()).contentType(ContentType.JSON)
                    .body("{\"name\":\"" + unique("Paging LSP") + "\",\"type\":\"other\"}")
                    .when().post("/partnerships").then().statusCode(201);
        }
        List<String> links = given().queryParam("page", 2).queryParam("per_page", 1)
                .when().get("/partnerships")
                .then().statusCode(200)
                .body("page_number", equalTo(2)).body("size", equalTo(1))
                .body("total_items", greaterThanOrEqualTo(3)).body("first_page", equalTo(false))
                .body("empty", equalTo(false)).body("contents.size()", equalTo(1))
                .extract().headers().getValues("Link");
        assertThat(links, hasItem(allOf(containsString("page=1&"), containsString("rel=\"first\""))));
        assertThat(links, hasItem(allOf(containsString("page=1&"), containsString("rel=\"prev\""))));
        assertThat(links, hasItem(allOf(containsString("page=3&"), containsString("rel=\"next\""))));
        assertThat(links, hasItem(containsString("rel=\"last\"")));
        given().queryParam("per_page", 101).when().get("/partnerships")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("per_page"))
                .body("violations.message", hasItem(containsString("between 1 and 100")));
    }

    @Test
    void readsAreOpenToAnyOrigin() {
        given().header("Origin", "https://www.lewes.gov.uk")
                .when().get("/partnerships")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://www.lewes.gov.uk"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void rootDescribesTheServiceAndLinksItsDocumentation() {
        given().when().get("/")
                .then().statusCode(200)
                .body("name", equalTo("directory-service")).body("version", notNullValue())
                .body("links.openapi", equalTo("/q/openapi")).body("links.swagger_ui", equalTo("/q/swagger-ui"))
                .body("links.asyncapi", endsWith("asyncapi.yaml"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/partnerships"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
