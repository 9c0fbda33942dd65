package org.partnershiphub.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed, expiring tokens for the links in emails (confirm, manage, unsubscribe): nothing to store,
 * nothing to guess. Format: base64url(purpose|subscriber|scope|expiry) "." base64url(HMAC-SHA256).
 */
@ApplicationScoped
public class LinkTokens {

    public static final String CONFIRM = "confirm";
    public static final String MANAGE = "manage";
    public static final String UNSUBSCRIBE = "unsubscribe";

    /** The subscriber a token speaks for and, for some purposes, one of their subscriptions. */
    public record Claims(UUID subscriber, UUID scope) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    LinkTokens(NotificationConfig config) {
        String secret = config.tokens().secret().orElseGet(() -> {
            Logger.getLogger(LinkTokens.class).warn("notification.tokens.secret (LINK_TOKEN_SECRET) is not set: "
                    + "using a random one, so emailed links stop working when the service restarts");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        });
        if (secret.length() < 32) {
            throw new IllegalStateException("notification.tokens.secret must be at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String issue(String purpose, UUID subscriber, UUID scope, Duration ttl) {
        String payload = purpose + "|" + subscriber + "|" + (scope == null ? "" : scope) + "|"
                + Instant.now().plus(ttl).getEpochSecond();
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(sign(body));
    }

    public Optional<Claims> verify(String token, String purpose) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] body = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(body), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(body, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals(purpose)
                    || Instant.now().getEpochSecond() > Long.parseLong(parts[3])) {
                return Optional.empty();
            }
            return Optional.of(new Claims(UUID.fromString(parts[1]), parts[2].isEmpty() ? null : UUID.fromString(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
