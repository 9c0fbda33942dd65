package org.partnershiphub.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The East Sussex partnership structure, loaded through directory-service's API: the county and its
 * five districts, the county LSP and five district LSPs, Lewes' area sub-partnerships, thematic
 * partnerships, duty-to-co-operate organisations, boards with posts and (fictional) members,
 * upcoming meetings and the glossary. Running it again adds nothing twice.
 */
public final class DirectoryDemo {

    private static final String SERVICE = "directory";
    private static final String ROLE = "directory-editor";

    private DirectoryDemo() {
    }

    public static void load(DemoApi api) {
        int areas = 0;
        for (JsonNode area : DemoApi.resource("/demo/directory/areas.json")) {
            areas += api.create(SERVICE, "/areas", ROLE, area) ? 1 : 0;
        }

        Map<String, String> partnerships = idsBySlug(api, "/partnerships?format=ndjson");
        int created = 0;
        for (JsonNode p : DemoApi.resource("/demo/directory/partnerships.json")) {
            String slug = p.get("slug").asText();
            if (partnerships.containsKey(slug)) {
                continue;
            }
            ObjectNode body = ((ObjectNode) p.deepCopy());
            JsonNode parent = body.remove("parent_slug");
            if (parent != null) {
                body.put("parent_id", partnerships.get(parent.asText()));
            }
            JsonNode linked = body.remove("linked_lsp_slugs");
            if (linked != null) {
                ArrayNode ids = body.putArray("linked_lsp_ids");
                linked.forEach(l -> ids.add(partnerships.get(l.asText())));
            }
            partnerships.put(slug, created(api, "/partnerships", body).get("id").asText());
            created++;
        }

        Map<String, String> organisations = idsBySlug(api, "/organisations?format=ndjson");
        for (JsonNode o : DemoApi.resource("/demo/directory/organisations.json")) {
            if (!organisations.containsKey(o.get("slug").asText())) {
                organisations.put(o.get("slug").asText(), created(api, "/organisations", o).get("id").asText());
            }
        }

        int members = 0;
        Map<String, String> people = new HashMap<>();
        for (JsonNode board : DemoApi.resource("/demo/directory/boards.json")) {
            String partnershipId = partnerships.get(board.get("partnership").asText());
            Map<String, String> posts = new HashMap<>();
            api.getJson(SERVICE, "/partnerships/" + partnershipId + "/posts")
                    .forEach(post -> posts.put(post.get("title").asText(), post.get("id").asText()));
            for (JsonNode post : board.get("posts")) {
                if (!posts.containsKey(post.get("title").asText())) {
                    posts.put(post.get("title").asText(),
                            created(api, "/partnerships/" + partnershipId + "/posts", post).get("id").asText());
                }
            }
            for (JsonNode m : board.get("members")) {
                String personId = people.computeIfAbsent(m.get("person").asText(),
                        name -> person(api, name, m.get("public_role").asText()));
                JsonNode existing = api.getJson(SERVICE, "/memberships?partnership=" + partnershipId + "&person=" + personId);
                if (existing.get("total_items").asInt() > 0) {
                    continue;
                }
                ObjectNode body = DemoApi.JSON.createObjectNode();
                body.put("person_id", personId);
                body.put("partnership_id", partnershipId);
                body.put("organisation_id", organisations.get(m.get("organisation").asText()));
                if (m.hasNonNull("post")) {
                    body.put("post_id", posts.get(m.get("post").asText()));
                }
                body.put("role", m.get("role").asText());
                body.put("starts_on", m.get("starts_on").asText());
                body.put("voting", m.path("voting").asBoolean(true));
                created(api, "/memberships", body);
                members++;
            }
        }

        int meetings = 0;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (JsonNode m : DemoApi.resource("/demo/directory/meetings.json")) {
            String partnershipId = partnerships.get(m.get("partnership").asText());
            boolean known = false;
            for (JsonNode existing : api.getJson(SERVICE, "/meetings?per_page=100&status=scheduled&partnership=" + partnershipId)
                    .get("contents")) {
                known |= existing.get("title").asText().equals(m.get("title").asText());
            }
            if (known) {
                continue;
            }
            ZonedDateTime start = today.plusDays(m.get("in_days").asInt()).atTime(m.get("hour").asInt(), 0)
                    .atZone(java.time.ZoneId.of("Europe/London"));
            ObjectNode body = DemoApi.JSON.createObjectNode();
            body.put("partnership_id", partnershipId);
            body.put("title", m.get("title").asText());
            body.put("starts_at", start.toInstant().toString());
            body.put("ends_at", start.plusHours(m.get("hours").asInt()).toInstant().toString());
            body.put("place", m.get("place").asText());
            body.put("public", m.path("public").asBoolean(true));
            ArrayNode agenda = body.putArray("agenda");
            for (JsonNode item : m.path("agenda")) {
                ObjectNode a = ((ObjectNode) item.deepCopy());
                JsonNode from = a.remove("feedback_from");
                if (from != null) {
                    a.put("feedback_partnership_id", partnerships.get(from.asText()));
                }
                agenda.add(a);
            }
            body.set("documents", m.has("documents") ? m.get("documents") : DemoApi.JSON.createArrayNode());
            created(api, "/meetings", body);
            meetings++;
        }

        int terms = 0;
        for (JsonNode g : DemoApi.resource("/demo/directory/glossary.json")) {
            ObjectNode body = ((ObjectNode) g.deepCopy());
            JsonNode linked = body.remove("partnerships");
            ArrayNode ids = body.putArray("partnership_ids");
            if (linked != null) {
                linked.forEach(l -> ids.add(partnerships.get(l.asText())));
            }
            terms += api.create(SERVICE, "/glossary", ROLE, body) ? 1 : 0;
        }

        System.out.printf("Directory: %d areas, %d partnerships, %d memberships, %d meetings, %d glossary terms added "
                + "(%d partnerships in all)%n", areas, created, members, meetings, terms, partnerships.size());
    }

    /** The person with this name, created (name and public role only) if the directory has none. */
    private static String person(DemoApi api, String name, String publicRole) {
        JsonNode found = api.getJson(SERVICE, "/people?per_page=100&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        for (JsonNode p : found.get("contents")) {
            if (p.get("name").asText().equals(name)) {
                return p.get("id").asText();
            }
        }
        ObjectNode body = DemoApi.JSON.createObjectNode();
        body.put("name", name);
        body.put("public_role", publicRole);
        return created(api, "/people", body).get("id").asText();
    }

    private static Map<String, String> idsBySlug(DemoApi api, String path) {
        HttpResponse<String> response = api.get(SERVICE, path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        Map<String, String> ids = new HashMap<>();
        for (Iterator<String> lines = response.body().lines().iterator(); lines.hasNext(); ) {
            String line = lines.next();
            if (!line.isBlank()) {
                JsonNode item = DemoApi.read(line);
                ids.put(item.get("slug").asText(), item.get("id").asText());
            }
        }
        return ids;
    }

    private static JsonNode created(DemoApi api, String path, Object body) {
        HttpResponse<String> response = api.send("POST", SERVICE, path, ROLE, body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("directory refused POST " + path + ": " + response.statusCode() + " "
                    + response.body());
        }
        return DemoApi.read(response.body());
    }
}
