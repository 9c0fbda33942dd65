package org.partnershiphub.directory.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.partnershiphub.local.TestStack;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Records made through the API for tests; each call makes new, uniquely named records. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String editor() {
        return TestStack.get().bearer("directory-editor");
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh GSS-shaped code no other test uses. */
    public static String areaCode(char letter) {
        return letter + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().header("Authorization", editor()).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    public static ValidatableResponse put(String path, Object body) {
        return given().header("Authorization", editor()).contentType(ContentType.JSON).body(body)
                .when().put(path).then();
    }

    public static String area(String type, String parent) {
        String code = areaCode(type.equals("county") ? 'C' : type.equals("district") ? 'D' : 'W');
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "Area " + code, "type", type));
        if (parent != null) {
            body.put("parent_code", parent);
        }
        post("/areas", body).statusCode(201);
        return code;
    }

    public static String partnership(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Partnership " + suffix(), "type", "other"));
        body.putAll(fields);
        return post("/partnerships", body).statusCode(201).extract().path("id");
    }

    public static String person(String name) {
        return post("/people", Map.of("name", name, "public_role", "Board member",
                "email", name.toLowerCase().replace(' ', '.') + suffix() + "@example.org"))
                .statusCode(201).extract().path("id");
    }

    public static String organisation(String sector) {
        return post("/organisations", Map.of("name", "Organisation " + suffix(), "sector", sector))
                .statusCode(201).extract().path("id");
    }

    public static String post(String partnershipId, String title, String sector) {
        return post("/partnerships/" + partnershipId + "/posts", Map.of("title", title, "sector", sector))
                .statusCode(201).extract().path("id");
    }

    public static String membership(Map<String, Object> fields) {
        return post("/memberships", fields).statusCode(201).extract().path("id");
    }

    /** A JSON object from alternating names and values (Map.of stops at ten pairs). */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
