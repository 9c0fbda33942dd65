package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnershiphub.directory.messaging.events.PartnershipRegistered;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event documentation served beside the OpenAPI names the topic and every event type published. */
@QuarkusTest
class AsyncApiDocumentTest {

    @Test
    void documentsTheTopicAndEveryPublishedEventType() throws Exception {
        String yaml = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertEquals("directory.events", doc.at("/channels/directoryEvents/address").asText());
        List<String> names = new ArrayList<>();
        doc.at("/components/messages").forEach(m -> names.add(m.get("name").asText()));
        assertTrue(names.contains(PartnershipRegistered.TYPE), "documented: " + names);
        assertTrue(doc.at("/components/messages/partnershipRegistered/payload/required").toString().contains("registered_at"));
    }
}
