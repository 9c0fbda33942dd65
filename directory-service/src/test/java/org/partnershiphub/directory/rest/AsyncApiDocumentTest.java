package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.messaging.events.AreaSaved;
import org.partnershiphub.directory.messaging.events.MeetingEvent;
import org.partnershiphub.directory.messaging.events.MembershipEvent;
import org.partnershiphub.directory.messaging.events.PartnershipEvent;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event documentation served beside the OpenAPI names the topics and every event type published. */
@QuarkusTest
class AsyncApiDocumentTest {

    @Test
    void documentsTheTopicAndEveryPublishedEventType() throws Exception {
        String yaml = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertEquals("directory.events", doc.at("/channels/directoryEvents/address").asText());
        assertEquals("performance.events", doc.at("/channels/performanceEvents/address").asText());
        List<String> names = new ArrayList<>();
        doc.at("/components/messages").forEach(m -> names.add(m.get("name").asText()));
        for (String type : List.of(AreaSaved.TYPE, PartnershipEvent.REGISTERED, PartnershipEvent.UPDATED,
                PartnershipEvent.DISSOLVED, MembershipEvent.STARTED, MembershipEvent.ENDED, MeetingEvent.SCHEDULED,
                MeetingEvent.CANCELLED)) {
            assertTrue(names.contains(type), type + " documented: " + names);
        }
        assertTrue(doc.at("/components/schemas/partnership/allOf/1/required").toString().contains("dissolved_on"));
    }
}
