package org.partnershiphub.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * An illustrative East Sussex LAA 2008-11: real National Indicators, and about fifteen targets led by the demo
 * partnerships with a few periods of values giving a mix of green, amber and red. The figures are made up and
 * say so in their source field. Loaded through performance-service's API after the directory's; run again, it
 * adds nothing twice.
 */
public final class PerformanceDemo {

    static final String SOURCE = "Illustrative demo figure – not an official statistic";
    private static final String ROLE = "performance-officer";

    private PerformanceDemo() {
    }

    public static void load(DemoApi api) {
        int indicators = 0;
        for (JsonNode indicator : DemoApi.resource("/demo/performance/indicators.json")) {
            if (api.create("performance", "/indicators", ROLE, indicator)) {
                indicators++;
            }
        }
        String agreement = agreement(api, DemoApi.resource("/demo/performance/agreement.json"));
        JsonNode targets = DemoApi.resource("/demo/performance/targets.json");
        Map<String, String> partnerships = api.partnershipIdsBySlug();
        for (String id : partnerships.values()) {
            api.await("performance-service to know partnership " + id, Duration.ofSeconds(60),
                    () -> api.get("performance", "/partnerships/" + id).statusCode() == 200);
        }
        int created = 0;
        int values = 0;
        for (JsonNode t : targets) {
            String indicator = t.get("indicator_code").asText();
            String area = t.get("area").asText();
            String existing = existingTarget(api, agreement, indicator, area);
            String targetId = existing;
            if (existing == null) {
                targetId = createTarget(api, agreement, t, partnerships);
                created++;
                for (JsonNode m : t.path("milestones")) {
                    api.create("performance", "/targets/" + targetId + "/milestones", ROLE, m);
                }
                for (JsonNode r : t.path("risks")) {
                    api.create("performance", "/targets/" + targetId + "/risks", ROLE, r);
                }
            }
            for (JsonNode v : t.path("values")) {
                ObjectNode value = DemoApi.JSON.createObjectNode();
                value.put("indicator_code", indicator);
                value.put("area", area);
                value.put("period", v.get("period").asText());
                value.set("value", v.get("value"));
                value.put("status", v.get("status").asText());
                value.put("source", SOURCE);
                if (api.create("performance", "/values", ROLE, value)) {
                    values++;
                }
            }
        }
        System.out.printf("Performance: %d indicators, %d targets and %d values created (the rest already there)%n",
                indicators, created, values);
    }

    private static String agreement(DemoApi api, JsonNode agreement) {
        String name = agreement.get("name").asText();
        for (JsonNode a : api.getJson("performance", "/agreements?per_page=100").get("contents")) {
            if (a.get("name").asText().equals(name)) {
                return a.get("id").asText();
            }
        }
        HttpResponse<String> response = api.send("POST", "performance", "/agreements", ROLE, agreement);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("performance refused the agreement: " + response.statusCode() + " " + response.body());
        }
        return DemoApi.read(response.body()).get("id").asText();
    }

    /** The directory's partnerships, by slug, read through its public list. */

    private static String existingTarget(DemoApi api, String agreement, String indicator, String area) {
        JsonNode found = api.getJson("performance", "/targets?agreement_id=" + agreement + "&indicator_code="
                + encode(indicator) + "&area=" + encode(area));
        return found.get("total_items").asInt() == 0 ? null : found.get("contents").get(0).get("id").asText();
    }

    private static String createTarget(DemoApi api, String agreement, JsonNode t, Map<String, String> partnerships) {
        ObjectNode body = DemoApi.JSON.createObjectNode();
        body.put("agreement_id", agreement);
        Iterator<Map.Entry<String, JsonNode>> fields = t.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            switch (f.getKey()) {
                case "lead" -> body.put("lead_partnership_id", DemoApi.partnershipId(partnerships, f.getValue().asText()));
                case "contributing" -> {
                    ArrayNode ids = body.putArray("contributing_partnership_ids");
                    f.getValue().forEach(slug -> ids.add(DemoApi.partnershipId(partnerships, slug.asText())));
                }
                case "values", "milestones", "risks" -> {
                    // sent separately
                }
                default -> body.set(f.getKey(), f.getValue());
            }
        }
        body.put("reason", "Agreed in the East Sussex LAA 2008-11 (illustrative demo target)");
        HttpResponse<String> response = api.send("POST", "performance", "/targets", ROLE, body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("performance refused target " + t.get("indicator_code").asText() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return DemoApi.read(response.body()).get("id").asText();
    }


    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
