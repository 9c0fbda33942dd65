package org.partnershiphub.engagement.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershiphub.engagement.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public views: search, paging, caching headers, CORS, and the Atom and iCal feeds. */
@QuarkusTest
class SearchAndFeedsTest {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static UUID organiser;

    @BeforeEach
    void partnership() {
        if (organiser == null) {
            organiser = Fixtures.partnership("Eastbourne Strategic Partnership");
        }
    }

    @Test
    void keywordSearchIsStemmedAndRankedAndCombinesWithFilters() {
        String area = Fixtures.uniqueArea();
        String marker = "qx" + UUID.randomUUID().toString().substring(0, 6);
        Instant start = Instant.parse("2031-02-10T09:00:00Z");
        Map<String, Object> housing = Fixtures.engagement(organiser, "consultation", "Affordable housing " + marker, area,
                start, start.plus(40, ChronoUnit.DAYS));
        housing.put("themes", List.of("housing"));
        housing.put("audiences", List.of("older-people"));
        String housingId = Fixtures.create(housing);
        Map<String, Object> transport = Fixtures.engagement(organiser, "workshop", "Rural transport " + marker, area,
                start.plus(100, ChronoUnit.DAYS), start.plus(100, ChronoUnit.DAYS));
        transport.put("summary", "Buses and the homes they serve " + marker);
        String transportId = Fixtures.create(transport);
        Fixtures.move(housingId, "open");

        // stemmed: "houses" and "housing" share the stem "hous"
        given().when().get("/engagements?q=houses " + marker).then().statusCode(200)
                .body("contents.id", contains(housingId));
        // every word must match, in the title or the summary
        given().when().get("/engagements?q=" + marker + " home").then().body("contents.id", contains(transportId));
        given().when().get("/engagements?q=" + marker).then().body("total_items", equalTo(2));
        given().when().get("/engagements?q=" + marker + "&status=open").then().body("contents.id", contains(housingId));
        given().when().get("/engagements?area=" + area + "&theme=housing").then().body("contents.id", contains(housingId));
        given().when().get("/engagements?area=" + area + "&audience=residents").then().body("contents.id", contains(transportId));
        given().when().get("/engagements?area=" + area + "&kind=workshop").then().body("contents.id", contains(transportId));
        given().when().get("/engagements?area=" + area + "&from=2031-05-01&to=2031-06-30").then().body("contents.id", contains(transportId));
        given().when().get("/engagements?area=" + area + "&from=2031-03-01&to=2031-03-05").then().body("contents.id", contains(housingId));
        given().when().get("/engagements?area=" + area + "&partnership=" + organiser).then().body("total_items", equalTo(2));
    }

    @Test
    void listsUseThePagingEnvelopeAndLinkHeaders() {
        String area = Fixtures.uniqueArea();
        for (int i = 0; i < 3; i++) {
            Instant start = Instant.parse("2032-01-01T10:00:00Z").plus(i, ChronoUnit.DAYS);
            Fixtures.create(Fixtures.engagement(organiser, "forum", "Forum " + i, area, start, start));
        }
        Response page = given().when().get("/engagements?area=" + area + "&per_page=2&page=2");
        page.then().statusCode(200)
                .body("total_items", equalTo(3)).body("total_pages", equalTo(2)).body("page_number", equalTo(2))
                .body("size", equalTo(2)).body("first_page", equalTo(false)).body("last_page", equalTo(true))
                .body("empty", equalTo(false)).body("contents.title", contains("Forum 0"));
        String links = String.join(",", page.headers().getValues("Link"));
        assertTrue(links.contains("rel=\"first\"") && links.contains("rel=\"prev\"") && links.contains("rel=\"last\""), links);
        given().when().get("/engagements?per_page=101").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/engagements?from=yesterday").then().statusCode(400).body("parameter", equalTo("from"));
        given().when().get("/engagements?status=archived").then().statusCode(400).body("parameter", equalTo("status"))
                .body("detail", containsString("outcome-published"));
    }

    @Test
    void readsCarryAnETagAndAnswer304WhenNothingChanged() {
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS);
        String id = Fixtures.create(Fixtures.engagement(organiser, "forum", "Cached forum", Fixtures.uniqueArea(), start, start));
        Response first = given().header("Origin", "https://www.lewes.gov.uk").when().get("/engagements/" + id);
        first.then().statusCode(200).header("Cache-Control", containsString("max-age"))
                .header("Access-Control-Allow-Origin", notNullValue());
        String etag = first.header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).when().get("/engagements/" + id)
                .then().statusCode(304).header("ETag", etag);
        Fixtures.move(id, "open");
        given().header("If-None-Match", etag).when().get("/engagements/" + id).then().statusCode(200);
        given().header("If-None-Match", etag).when().get("/feeds/events.ics").then().statusCode(200)
                .header("ETag", notNullValue());
    }

    @Test
    void theOutcomesFeedIsValidAtomWithStableIds() throws Exception {
        String area = Fixtures.uniqueArea();
        Instant start = Instant.now().minus(100, ChronoUnit.DAYS);
        String id = Fixtures.create(Fixtures.engagement(organiser, "consultation", "Feeds & <outcomes>", area, start,
                start.plus(30, ChronoUnit.DAYS)));
        Fixtures.move(id, "open");
        Fixtures.move(id, "closed");
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON)
                .body(Map.of("we_asked", List.of("Q?"), "you_said", List.of("Said"),
                        "we_did", List.of(Map.of("action", "Did", "owner", "Board", "due", "2026-01-01"))))
                .when().put("/engagements/" + id + "/outcome").then().statusCode(200);
        given().header("Authorization", Fixtures.officer()).contentType(ContentType.JSON).body("{}")
                .when().post("/engagements/" + id + "/outcome/publish").then().statusCode(200);

        Document first = atom("/feeds/outcomes.atom");
        Element entry = entryLinkingTo(first, id);
        assertEquals("Outcome: Feeds & <outcomes>", text(entry, "title"));
        assertTrue(text(entry, "content").contains("We did:\n- Did (Board, 2026-01-01)"));
        String entryId = text(entry, "id");
        assertTrue(entryId.startsWith("urn:uuid:"));
        Document second = atom("/feeds/outcomes.atom");
        assertEquals(entryId, text(entryLinkingTo(second, id), "id"), "the same entry keeps its id");
        assertEquals(text(first.getDocumentElement(), "id"), text(second.getDocumentElement(), "id"));
    }

    @Test
    void theConsultationsFeedListsNewlyOpenedConsultationsOnly() throws Exception {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        String consultation = Fixtures.create(Fixtures.engagement(organiser, "consultation", "Open consultation",
                Fixtures.uniqueArea(), start, start.plus(30, ChronoUnit.DAYS)));
        String planned = Fixtures.create(Fixtures.engagement(organiser, "consultation", "Still planned",
                Fixtures.uniqueArea(), start, start.plus(30, ChronoUnit.DAYS)));
        String workshop = Fixtures.create(Fixtures.engagement(organiser, "workshop", "Open workshop",
                Fixtures.uniqueArea(), start, start));
        Fixtures.move(consultation, "open");
        Fixtures.move(workshop, "open");
        Document feed = atom("/feeds/consultations.atom");
        assertEquals("Open consultation", text(entryLinkingTo(feed, consultation), "title"));
        List<String> links = links(feed);
        assertTrue(links.stream().noneMatch(l -> l.endsWith(planned) || l.endsWith(workshop)));
    }

    @Test
    void upcomingEventsAreAValidICalendar() {
        Instant start = Instant.parse("2033-02-21T09:30:00Z");
        Map<String, Object> body = Fixtures.engagement(organiser, "conference",
                "Partnership conference; partners, elected members and a very long title that must be folded over lines",
                Fixtures.uniqueArea(), start, start.plus(7, ChronoUnit.HOURS));
        body.put("place", "Brighton Racecourse, Freshfield Road");
        String id = Fixtures.create(body);
        String cancelled = Fixtures.create(Fixtures.engagement(organiser, "forum", "Cancelled forum", Fixtures.uniqueArea(),
                start, start));
        Fixtures.move(cancelled, "cancelled");

        Response response = given().when().get("/feeds/events.ics");
        response.then().statusCode(200).contentType(containsString("text/calendar"));
        String ics = response.asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), "header lines, CRLF");
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        String event = unfolded.substring(unfolded.indexOf("UID:" + id));
        event = event.substring(0, event.indexOf("END:VEVENT"));
        assertTrue(event.contains("DTSTART:20330221T093000Z"), event);
        assertTrue(event.contains("DTEND:20330221T163000Z"), event);
        assertTrue(event.contains("SUMMARY:Partnership conference\\; partners\\, elected members"), event);
        assertTrue(event.contains("LOCATION:Brighton Racecourse\\, Freshfield Road"), event);
        assertTrue(event.contains("DTSTAMP:"));
        assertTrue(!unfolded.contains(cancelled), "cancelled events are left out");
        assertEquals(count(unfolded, "BEGIN:VEVENT"), count(unfolded, "END:VEVENT"));
    }

    private static int count(String text, String what) {
        return text.split(what, -1).length - 1;
    }

    private static Document atom(String path) throws Exception {
        Response response = given().when().get(path);
        response.then().statusCode(200).contentType(containsString("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM_NS, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertNotNull(child(feed, required), "feed needs " + required);
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM_NS, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link")) {
                assertNotNull(child(entry, required), "entry needs " + required);
            }
            Instant.parse(text(entry, "updated"));
        }
        return doc;
    }

    private static Element entryLinkingTo(Document feed, String engagementId) {
        NodeList entries = feed.getDocumentElement().getElementsByTagNameNS(ATOM_NS, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (child(entry, "link").getAttribute("href").contains(engagementId)) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + engagementId);
    }

    private static List<String> links(Document feed) {
        List<String> hrefs = new ArrayList<>();
        NodeList entries = feed.getDocumentElement().getElementsByTagNameNS(ATOM_NS, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            hrefs.add(child((Element) entries.item(i), "link").getAttribute("href"));
        }
        return hrefs;
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM_NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent();
    }
}
