package org.partnershiphub.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Engagements from the seeds (the Dynamics of Place workshop, the Pride of Place consultation, the
 * February 2008 conference, with their outcomes; district forums to come; an open Lewes consultation;
 * a Rother survey whose outcome is overdue), the LIFE project as a case study, and illustrative
 * reference populations. Loaded through engagement-service's API after the directory's; run again,
 * it adds nothing twice.
 */
public final class EngagementDemo {

    private static final String ROLE = "engagement-officer";
    private static final List<String> LIFECYCLE = List.of("planned", "open", "closed", "outcome-published");

    private EngagementDemo() {
    }

    public static void load(DemoApi api) {
        Map<String, String> partnerships = api.partnershipIdsBySlug();
        Set<String> needed = new LinkedHashSet<>();
        JsonNode engagements = DemoApi.resource("/demo/engagement/engagements.json");
        JsonNode caseStudies = DemoApi.resource("/demo/engagement/case-studies.json");
        engagements.forEach(e -> e.get("organisers").forEach(s -> needed.add(s.asText())));
        caseStudies.forEach(c -> {
            c.get("partnerships").forEach(s -> needed.add(s.asText()));
            c.path("reused_by").forEach(r -> needed.add(r.get("partnership").asText()));
        });
        for (String slug : needed) {
            String id = DemoApi.partnershipId(partnerships, slug);
            api.await("engagement-service to know partnership " + slug, Duration.ofSeconds(60),
                    () -> api.get("engagement", "/known/partnerships/" + id).statusCode() == 200);
        }

        int created = 0;
        for (JsonNode e : engagements) {
            if (loadEngagement(api, e, partnerships)) {
                created++;
            }
        }
        int studies = 0;
        for (JsonNode c : caseStudies) {
            studies += loadCaseStudy(api, c, partnerships) ? 1 : 0;
        }
        for (JsonNode population : DemoApi.resource("/demo/engagement/reference-populations.json")) {
            ObjectNode body = ((ObjectNode) population.deepCopy());
            String area = body.remove("area").asText();
            expect(api.send("PUT", "engagement", "/reference-populations/" + area, ROLE, body), "reference population " + area);
        }
        System.out.printf("Engagement: %d engagements and %d case studies created (the rest already there)%n", created, studies);
    }

    /** Creates the engagement if it is not there, then moves it forward to its demo status. */
    private static boolean loadEngagement(DemoApi api, JsonNode e, Map<String, String> partnerships) {
        ObjectNode body = e.get("body").deepCopy();
        ArrayNode organisers = body.putArray("partnership_ids");
        e.get("organisers").forEach(slug -> organisers.add(DemoApi.partnershipId(partnerships, slug.asText())));
        placeInTime(body);
        String title = body.get("title").asText();
        JsonNode existing = find(api, organisers.get(0).asText(), title);
        boolean created = existing == null;
        if (created) {
            HttpResponse<String> response = api.send("POST", "engagement", "/engagements", ROLE, body);
            existing = DemoApi.read(expect(response, "engagement " + title));
        }
        String id = existing.get("id").asText();
        String path = "/engagements/" + id;
        int at = LIFECYCLE.indexOf(existing.get("status").asText());
        int wanted = LIFECYCLE.indexOf(e.get("status").asText());
        if (at < 1 && wanted >= 1) {
            expect(api.send("POST", "engagement", path + "/status", ROLE, "{\"status\":\"open\"}"), "opening " + title);
        }
        if (e.has("participation") && wanted >= 1) {
            expect(api.send("PUT", "engagement", path + "/participation", ROLE, e.get("participation")), "participation " + title);
        }
        if (at < 2 && wanted >= 2) {
            ObjectNode close = DemoApi.JSON.createObjectNode().put("status", "closed");
            if (e.has("closed_on")) {
                close.put("closed_on", e.get("closed_on").asText());
            } else if (e.has("closed_days_ago")) {
                close.put("closed_on", LocalDate.now(ZoneOffset.UTC).minusDays(e.get("closed_days_ago").asInt()).toString());
            }
            expect(api.send("POST", "engagement", path + "/status", ROLE, close), "closing " + title);
        }
        if (e.has("outcome") && wanted >= 2) {
            expect(api.send("PUT", "engagement", path + "/outcome", ROLE, e.get("outcome")), "outcome " + title);
        }
        if (at < 3 && wanted >= 3) {
            ObjectNode publish = DemoApi.JSON.createObjectNode();
            if (e.has("published_on")) {
                publish.put("published_on", e.get("published_on").asText());
            }
            expect(api.send("POST", "engagement", path + "/outcome/publish", ROLE, publish), "publishing outcome " + title);
        }
        return created;
    }

    private static boolean loadCaseStudy(DemoApi api, JsonNode c, Map<String, String> partnerships) {
        ObjectNode body = c.get("body").deepCopy();
        ArrayNode ids = body.putArray("partnership_ids");
        c.get("partnerships").forEach(slug -> ids.add(DemoApi.partnershipId(partnerships, slug.asText())));
        boolean created = api.create("engagement", "/case-studies", ROLE, body);
        String title = body.get("title").asText();
        String id = null;
        for (JsonNode found : api.getJson("engagement", "/case-studies?per_page=100&partnership=" + ids.get(0).asText())
                .get("contents")) {
            if (found.get("title").asText().equals(title)) {
                id = found.get("id").asText();
            }
        }
        if (id == null) {
            throw new IllegalStateException("case study " + title + " was not found after adding it");
        }
        for (JsonNode reuse : c.path("reused_by")) {
            ObjectNode request = DemoApi.JSON.createObjectNode()
                    .put("partnership_id", DemoApi.partnershipId(partnerships, reuse.get("partnership").asText()))
                    .put("note", reuse.path("note").asText(null));
            expect(api.send("POST", "engagement", "/case-studies/" + id + "/reused-by", ROLE, request), "reuse of " + title);
        }
        return created;
    }

    /** Relative dates ("in_days", "days", "hour", "hours") keep the forums upcoming whenever the demo is loaded. */
    private static void placeInTime(ObjectNode body) {
        if (!body.has("in_days")) {
            return;
        }
        Instant start = LocalDate.now(ZoneOffset.UTC).plusDays(body.remove("in_days").asInt())
                .atStartOfDay(ZoneOffset.UTC).toInstant().plus(body.has("hour") ? body.remove("hour").asInt() : 9, ChronoUnit.HOURS);
        Instant end = body.has("days") ? start.plus(body.remove("days").asInt(), ChronoUnit.DAYS)
                : start.plus(body.has("hours") ? body.remove("hours").asInt() : 2, ChronoUnit.HOURS);
        body.put("starts_at", start.toString());
        body.put("ends_at", end.toString());
    }

    private static JsonNode find(DemoApi api, String organiser, String title) {
        int page = 1;
        JsonNode list;
        do {
            list = api.getJson("engagement", "/engagements?per_page=100&partnership=" + organiser + "&page=" + page++);
            for (JsonNode e : list.get("contents")) {
                if (e.get("title").asText().equals(title)) {
                    return e;
                }
            }
        } while (!list.get("last_page").asBoolean());
        return null;
    }



    private static String expect(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("engagement-service refused " + what + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }
}
