package org.partnershiphub.directory.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.support.Fixtures;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershiphub.directory.support.Fixtures.area;
import static org.partnershiphub.directory.support.Fixtures.partnership;

/** iCalendar feeds of public meetings, per partnership and per area (RFC 5545). */
@QuarkusTest
class CalendarFeedTest {

    @Test
    void publicMeetingsAppearInThePartnershipAndAreaFeedsPrivateOnesDoNot() {
        String county = area("county", null);
        String district = area("district", county);
        String p = partnership(Map.of("name", "Hastings & St Leonards LSP", "areas", List.of(district)));
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String open = meeting(p, "Board meeting; budget, priorities", start, true);
        String closed = meeting(p, "Private session", start.plus(1, ChronoUnit.DAYS), false);
        String cancelled = meeting(p, "Extra meeting", start.plus(2, ChronoUnit.DAYS), true);
        given().header("Authorization", Fixtures.editor()).when().post("/meetings/" + cancelled + "/cancel").then().statusCode(200);

        String ics = given().when().get("/partnerships/" + p + "/meetings.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertTrue(ics.contains("X-WR-CALNAME:Meetings of Hastings & St Leonards LSP\r\n"), ics);
        assertTrue(ics.contains("UID:" + open + "@partnershiphub\r\n"));
        assertTrue(ics.contains("SUMMARY:Hastings & St Leonards LSP: Board meeting\\; budget\\, priorities\r\n"));
        assertFalse(ics.contains(closed), "private meetings stay out of public feeds");
        assertTrue(ics.contains("STATUS:CANCELLED"));
        assertTrue(ics.contains("DTSTART:" + start.toString().replace("-", "").replace(":", "").replace(".000", "")));
        assertTrue(Arrays.stream(ics.split("\r\n")).allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75),
                "lines folded at 75 octets");
        assertEquals(ics.split("\r\n").length, ics.split("\n").length, "every line ends CRLF");

        String areaFeed = given().when().get("/areas/" + county + "/meetings.ics").then().statusCode(200).extract().asString();
        assertTrue(areaFeed.contains(open), "county feed includes meetings of partnerships in its districts");
        given().when().get("/areas/Z00000001/meetings.ics").then().statusCode(404);
    }

    private static String meeting(String partnership, String title, Instant start, boolean isPublic) {
        return Fixtures.post("/meetings", Map.of("partnership_id", partnership, "title", title,
                        "starts_at", start.toString(), "ends_at", start.plus(2, ChronoUnit.HOURS).toString(),
                        "place", "Muriel Matters House, Hastings", "public", isPublic,
                        "agenda", List.of(Map.of("title", "A very long agenda item title that will certainly need folding when written into the calendar"))))
                .statusCode(201).extract().path("id");
    }
}
