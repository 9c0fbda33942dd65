package org.partnershiphub.performance.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.partnershiphub.performance.support.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class FeedResourceTest {

    private static final String AREA = "E10000011";

    @Test
    void everyRejectionCodeIsReportedWithItsLineAndNothingIsWritten() {
        String indicator = Fixtures.indicator("higher", "quarterly");
        Fixtures.agreement(AREA);
        String locked = lockedYear();
        String csv = String.join("\n",
                "indicator_code,area,period,value,status,note",
                indicator + "," + AREA + ",2009-10-Q1,12,final,good row",                    // 2
                indicator + "," + AREA + ",2009-10-Q2,,final,",                               // 3 MISSING_FIELD
                "NI 9999," + AREA + ",2009-10-Q2,3,final,",                                  // 4 UNKNOWN_INDICATOR
                indicator + ",E99999999,2009-10-Q2,3,final,",                                 // 5 UNKNOWN_AREA
                indicator + "," + AREA + ",2009/10,3,final,",                                 // 6 BAD_PERIOD
                indicator + "," + AREA + ",2009-10-Q3,12%,final,",                            // 7 NOT_A_NUMBER
                indicator + "," + AREA + ",2009-10-Q4,3,draft,",                              // 8 BAD_STATUS
                indicator + "," + AREA + ",2009-10-Q1,13,final,again",                        // 9 DUPLICATE_ROW
                indicator + "," + AREA + "," + locked + ",3,final,",                         // 10 LOCKED_PERIOD
                indicator + "," + AREA + ",2010-11,\"3,final,");                             // 11 BAD_ROW
        given().header("Authorization", Fixtures.officer()).contentType("text/csv").body(csv)
                .when().post("/feeds")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Feed rejected")).body("outcome", equalTo("rejected"))
                .body("written", equalTo(false)).body("rows", equalTo(10)).body("rejected", equalTo(9))
                .body("imported", equalTo(1))
                .body("errors.line", equalTo(List.of(3, 4, 5, 6, 7, 8, 9, 10, 11)))
                .body("errors.code", equalTo(List.of("MISSING_FIELD", "UNKNOWN_INDICATOR", "UNKNOWN_AREA", "BAD_PERIOD",
                        "NOT_A_NUMBER", "BAD_STATUS", "DUPLICATE_ROW", "LOCKED_PERIOD", "BAD_ROW")))
                .body("errors[3].message", containsString("2009-10-Q1"))
                .body("errors[6].message", containsString("Line 2"));
        given().queryParam("indicator_code", indicator).get("/values").then().body("total_items", equalTo(0));
    }

    @Test
    void aLockedPeriodIsChangedByFeedOnlyByAnAdminGivingAReason() {
        String indicator = Fixtures.indicator("higher", "annual");
        Fixtures.agreement(AREA);
        String locked = lockedYear();
        String body = "[" + row(indicator, locked, "5") + "]";
        post(body).then().statusCode(422).body("errors[0].code", equalTo("LOCKED_PERIOD"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(body)
                .post("/feeds").then().statusCode(422).body("errors[0].code", equalTo("LOCKED_PERIOD"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(body)
                .queryParam("reason", "Late return agreed by the LAA board").post("/feeds")
                .then().statusCode(200).body("imported", equalTo(1));
        String id = given().queryParam("indicator_code", indicator).get("/values").path("contents[0].id");
        given().get("/values/" + id + "/history").then().body("[0].reason", equalTo("Late return agreed by the LAA board"))
                .body("[0].changed_by", equalTo("test-user"));
    }

    @Test
    void partialModeWritesTheGoodRowsAndReportsTheRest() {
        String indicator = Fixtures.indicator("higher", "quarterly");
        Fixtures.agreement(AREA);
        String body = "{\"rows\": [" + row(indicator, "2009-10-Q1", "10") + "," + row(indicator, "2009-10-Q2", "eleven")
                + "," + row(indicator, "2009-10-Q3", "12.5") + "]}";
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(body)
                .queryParam("mode", "partial")
                .when().post("/feeds")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("outcome", equalTo("imported")).body("written", equalTo(true))
                .body("imported", equalTo(2)).body("rejected", equalTo(1))
                .body("errors[0].line", equalTo(2)).body("errors[0].code", equalTo("NOT_A_NUMBER"));
        given().queryParam("indicator_code", indicator).get("/values").then().body("total_items", equalTo(2))
                .body("contents.period", equalTo(List.of("2009-10-Q1", "2009-10-Q3")));
    }

    @Test
    void dryRunReportsWithoutWriting() {
        String indicator = Fixtures.indicator("lower", "annual");
        Fixtures.agreement(AREA);
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body("[" + row(indicator, "2009-10", "4") + "]").queryParam("dryRun", true)
                .when().post("/feeds")
                .then().statusCode(200).body("outcome", equalTo("validated")).body("dry_run", equalTo(true))
                .body("written", equalTo(false)).body("imported", equalTo(1));
        given().queryParam("indicator_code", indicator).get("/values").then().body("total_items", equalTo(0));
    }

    @Test
    void aRepeatedFeedCountsUnchangedAndAChangedFigureUpdatesWithHistory() {
        String indicator = Fixtures.indicator("higher", "annual");
        Fixtures.agreement(AREA);
        String first = "[" + row(indicator, "2008-09", "10") + "," + row(indicator, "2009-10", "11") + "]";
        post(first).then().statusCode(200).body("imported", equalTo(2));
        String second = "[" + row(indicator, "2008-09", "10") + "," + row(indicator, "2009-10", "11.5") + "]";
        post(second).then().statusCode(200).body("imported", equalTo(0)).body("unchanged", equalTo(1))
                .body("updated", equalTo(1));
        String id = given().queryParam("indicator_code", indicator).queryParam("period", "2009-10").get("/values")
                .path("contents[0].id");
        given().get("/values/" + id + "/history").then().body("size()", equalTo(2))
                .body("[1].previous_value", equalTo(11)).body("[1].value", equalTo(11.5f))
                .body("[1].reason", equalTo("Performance feed"));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndADifferentBodyConflicts() {
        String indicator = Fixtures.indicator("higher", "annual");
        Fixtures.agreement(AREA);
        String key = UUID.randomUUID().toString();
        String body = "[" + row(indicator, "2009-10", "7") + "]";
        String first = given().header("Authorization", Fixtures.officer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/feeds")
                .then().statusCode(200).body("imported", equalTo(1)).header("Idempotent-Replayed", nullValue())
                .extract().asString();
        String again = given().header("Authorization", Fixtures.officer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/feeds")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
        String id = given().queryParam("indicator_code", indicator).get("/values").path("contents[0].id");
        given().get("/values/" + id + "/history").then().body("size()", equalTo(1));

        given().header("Authorization", Fixtures.officer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("[" + row(indicator, "2009-10", "8") + "]").post("/feeds")
                .then().statusCode(409).contentType("application/problem+json")
                .body("field", equalTo("Idempotency-Key")).body("detail", containsString("different feed"));
        given().get("/values/" + id).then().body("value", equalTo(7));
    }

    @Test
    void aLargeFeedRunsAsAJobWithProgressAndAFinalSummary() {
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            indicators.add(Fixtures.indicator("higher", "quarterly"));
        }
        Fixtures.agreement(AREA);
        StringBuilder csv = new StringBuilder("indicator_code,area,period,value,status,note\n");
        int rows = 0;
        for (String indicator : indicators) {
            for (int year = 1901; year <= 2200; year++) {
                String fy = year + "-" + String.format("%02d", (year + 1) % 100);
                for (String period : new String[] {fy, fy + "-Q1", fy + "-Q2", fy + "-Q3", fy + "-Q4"}) {
                    csv.append(indicator).append(',').append(AREA).append(',').append(period).append(',')
                            .append(rows % 97).append(",final,\n");
                    rows++;
                }
            }
        }
        assertEquals(6000, rows);
        Response accepted = given().header("Authorization", Fixtures.officer()).contentType("text/csv").body(csv.toString())
                .post("/feeds");
        accepted.then().statusCode(202).body("status", equalTo("queued")).body("rows_total", equalTo(6000))
                .header("Location", containsString("/feeds/jobs/"));
        String location = accepted.header("Location");
        Fixtures.await("job finished", () -> {
            String status = given().get(location).path("status");
            return "succeeded".equals(status) || "failed".equals(status) || "rejected".equals(status);
        });
        given().get(location).then().statusCode(200)
                .body("status", equalTo("succeeded")).body("rows_done", equalTo(6000)).body("percent_done", equalTo(100))
                .body("summary.imported", equalTo(6000)).body("summary.rejected", equalTo(0))
                .body("finished_at", not(nullValue()));
        given().queryParam("indicator_code", indicators.get(3)).get("/values").then().body("total_items", equalTo(1500));
    }

    @Test
    void aBadModeOrBrokenJsonIs400() {
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body("[]")
                .queryParam("mode", "some").post("/feeds").then().statusCode(400).body("field", equalTo("mode"));
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body("{\"rows\": [")
                .post("/feeds").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 1"));
        given().header("Authorization", Fixtures.officer()).contentType("text/csv").body("code,value\nNI 1,2")
                .post("/feeds").then().statusCode(400).body("detail", containsString("indicator_code"));
    }

    @Test
    void theOpenApiDocumentDescribesFeedFormatsAndEveryCode() {
        String doc = given().get("/q/openapi").then().statusCode(200).extract().asString();
        for (String code : List.of("MISSING_FIELD", "UNKNOWN_INDICATOR", "UNKNOWN_AREA", "BAD_PERIOD", "NOT_A_NUMBER",
                "BAD_STATUS", "DUPLICATE_ROW", "LOCKED_PERIOD", "BAD_ROW")) {
            org.hamcrest.MatcherAssert.assertThat(doc, containsString(code));
        }
        org.hamcrest.MatcherAssert.assertThat(doc, containsString("text/csv"));
        org.hamcrest.MatcherAssert.assertThat(doc, containsString("indicator_code,area,period,value,status,note"));
    }

    static Response post(String json) {
        return given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body(json).post("/feeds");
    }

    static String row(String indicator, String period, String value) {
        String v = value.matches("[0-9.]+") ? value : "\"" + value + "\"";
        return "{\"indicator_code\":\"" + indicator + "\",\"area\":\"" + AREA + "\",\"period\":\"" + period
                + "\",\"value\":" + v + ",\"status\":\"final\"}";
    }

    /** A year no other test writes values for (those stay before 2201), locked. */
    static String lockedYear() {
        int start = 2201 + (int) (Math.random() * 790);
        String period = start + "-" + String.format("%02d", (start + 1) % 100);
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "closed")).post("/periods/" + period + "/lock").then().statusCode(201);
        return period;
    }
}
