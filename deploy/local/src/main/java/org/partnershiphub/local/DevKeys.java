package org.partnershiphub.local;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The local stack's own signing key pair and the bearer tokens it issues. Services only ever see the
 * public key (from configuration), exactly as they would see an OIDC provider's key in production.
 */
public final class DevKeys {

    public static final String ISSUER = "https://partnershiphub.local/dev";
    public static final List<String> ROLES =
            List.of("directory-editor", "performance-officer", "engagement-officer", "bulletin-editor", "admin");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private DevKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static DevKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new DevKeys(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    /** Loads the pair kept in {@code dir}, generating and writing it on first use. */
    public static DevKeys inDirectory(Path dir) {
        Path privatePem = dir.resolve("privateKey.pem");
        Path publicPem = dir.resolve("publicKey.pem");
        try {
            if (Files.exists(privatePem) && Files.exists(publicPem)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new DevKeys(
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privatePem))),
                        rsa.generatePublic(new X509EncodedKeySpec(readPem(publicPem))));
            }
            DevKeys keys = generate();
            Files.createDirectories(dir);
            Files.writeString(privatePem, pem("PRIVATE KEY", keys.privateKey.getEncoded()));
            Files.writeString(publicPem, keys.publicKeyPem());
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable key pair in " + dir, e);
        }
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** A signed token for {@code subject} holding {@code roles} in the {@code groups} claim. */
    public String token(String subject, Duration lifetime, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", roles);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toMinutes());
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) throws IOException {
        String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
