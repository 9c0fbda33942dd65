package org.partnershiphub.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * What a demo loader needs to drive the services' public APIs: their base URLs by short name
 * ({@code directory}, {@code performance}, {@code engagement}, {@code notification}) and a bearer
 * token per role. Loaders go through the APIs only, so every event flows as it would in production.
 */
public final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, URI> services;
    private final Function<String, String> bearerForRole;

    public DemoApi(Map<String, URI> services, Function<String, String> bearerForRole) {
        this.services = Map.copyOf(services);
        this.bearerForRole = bearerForRole;
    }

    public URI url(String service, String pathAndQuery) {
        URI base = services.get(service);
        if (base == null) {
            throw new IllegalArgumentException("no URL for service " + service);
        }
        return base.resolve(pathAndQuery);
    }

    public HttpResponse<String> get(String service, String pathAndQuery) {
        return send(HttpRequest.newBuilder(url(service, pathAndQuery)).header("Accept", "application/json").GET());
    }

    public JsonNode getJson(String service, String pathAndQuery) {
        HttpResponse<String> response = get(service, pathAndQuery);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + service + pathAndQuery + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return read(response.body());
    }

    /** Sends a JSON body as the given role; returns the response whatever its status. */
    public HttpResponse<String> send(String method, String service, String path, String role, Object body) {
        String json;
        try {
            json = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(url(service, path))
                .header("Authorization", "Bearer " + bearerForRole.apply(role))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * POSTs a record that may exist already: true when created (201), false when the service says it
     * exists (409); anything else stops the load with the service's answer.
     */
    public boolean create(String service, String path, String role, Object body) {
        HttpResponse<String> response = send("POST", service, path, role, body);
        if (response.statusCode() == 201 || response.statusCode() == 200) {
            return true;
        }
        if (response.statusCode() == 409) {
            return false;
        }
        throw new IllegalStateException(service + " refused POST " + path + ": " + response.statusCode() + " "
                + response.body());
    }

    /** Waits until the condition holds, e.g. until a service's read model has caught up with events. */
    public void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    /** Every partnership in the directory, id by slug: loaders name partnerships by slug in their JSON. */
    public Map<String, String> partnershipIdsBySlug() {
        Map<String, String> bySlug = new java.util.HashMap<>();
        int page = 1;
        JsonNode list;
        do {
            list = getJson("directory", "/partnerships?per_page=100&page=" + page++);
            for (JsonNode p : list.get("contents")) {
                bySlug.put(p.get("slug").asText(), p.get("id").asText());
            }
        } while (!list.get("last_page").asBoolean());
        return bySlug;
    }

    public static String partnershipId(Map<String, String> bySlug, String slug) {
        String id = bySlug.get(slug);
        if (id == null) {
            throw new IllegalStateException("the directory has no partnership " + slug + "; load the directory demo first");
        }
        return id;
    }

    /** A JSON file from this module's {@code /demo/...} resources. */
    public static JsonNode resource(String name) {
        try (InputStream in = DemoApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no demo resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
