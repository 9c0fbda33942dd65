package org.partnershiphub.directory.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * ETag and Cache-Control on every successful read, and 304 when the client already has that version:
 * third-party sites poll the directory, and most polls find nothing new.
 */
public class CachingHeaders {

    static final String CACHE_CONTROL = "public, max-age=60";

    private final ObjectMapper json;

    CachingHeaders(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        if (response.getEntity() instanceof StreamingOutput) {
            // a streamed export is not held in memory, so it has no ETag; it may still be cached
            response.getHeaders().putSingle("Cache-Control", CACHE_CONTROL);
            return;
        }
        Object entity = response.getEntity();
        byte[] body = entity instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(entity);
        String etag = "\"" + digest(body, response.getHeaderString("Link")) + "\"";
        response.getHeaders().putSingle("ETag", etag);
        response.getHeaders().putSingle("Cache-Control", CACHE_CONTROL);
        String ifNoneMatch = request.getHeaderString("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }

    private static String digest(byte[] body, String links) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(body);
            if (links != null) {
                sha.update(links.getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
