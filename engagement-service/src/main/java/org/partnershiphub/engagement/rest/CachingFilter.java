package org.partnershiphub.engagement.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Gives every successful read an {@code ETag} (a hash of the representation) and a short
 * {@code Cache-Control}, and answers {@code 304} when the client already has that representation,
 * so sites polling the open API cost little.
 */
public class CachingFilter {

    static final String CACHE_CONTROL = "public, max-age=60";

    private final ObjectMapper json;

    CachingFilter(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void etag(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200
                || !response.hasEntity()) {
            return;
        }
        String etag = "\"" + hash(response.getEntity(), String.valueOf(response.getMediaType())) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
    }

    private String hash(Object entity, String mediaType) {
        byte[] bytes;
        try {
            bytes = entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be written as JSON", e);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(mediaType.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest.digest(bytes), 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
