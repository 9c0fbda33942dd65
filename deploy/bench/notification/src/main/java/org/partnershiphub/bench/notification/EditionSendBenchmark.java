package org.partnershiphub.bench.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.partnershiphub.local.DevKeys;
import org.partnershiphub.local.LocalStack;
import org.partnershiphub.local.MailServer;
import org.partnershiphub.local.Ports;
import org.partnershiphub.local.StackEndpoints;
import org.partnershiphub.local.TestKafka;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * 1. The SMTP server's own accept rate: N messages of an edition's size over one SMTP connection.
 * 2. The monthly edition to N confirmed monthly subscribers: from "send now" until every delivery
 *    record is sent, through the packaged service (its throttle set by the third argument), then a
 *    check that the SMTP server holds exactly one message per subscriber.
 */
public final class EditionSendBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        String perSecond = args[2];
        try (LocalStack stack = LocalStack.startOnFreePorts()) {
            StackEndpoints endpoints = StackEndpoints.fromEnvironment(stack.environment());
            double acceptRate = smtpAcceptRate(endpoints.smtpHost(), endpoints.smtpPort(), n);
            stack.mail().purge();
            System.out.printf("SMTP server (GreenMail) accepted %d messages on one connection at %.0f messages/s%n",
                    n, acceptRate);

            DevKeys keys = DevKeys.generate();
            Path publicKey = Files.createTempFile("bench-jwt", ".pem");
            Files.writeString(publicKey, keys.publicKeyPem());
            int port = Ports.free();
            String base = "http://127.0.0.1:" + port;
            ProcessBuilder app = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(Files.createTempFile("bench-notification", ".log").toFile());
            Map<String, String> env = app.environment();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("DATABASE_URL", stack.postgres().ensureDatabase("notification"));
            env.put("DATABASE_USER", endpoints.postgresUser());
            env.put("DATABASE_PASSWORD", endpoints.postgresPassword());
            env.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrap());
            env.put("SMTP_HOST", endpoints.smtpHost());
            env.put("SMTP_PORT", String.valueOf(endpoints.smtpPort()));
            env.put("MAIL_FROM", "e-news@partnershiphub.local");
            env.put("MAIL_PER_SECOND", perSecond);
            env.put("NOTIFICATION_EDITION_CHECK_INTERVAL", "1s");
            env.put("PUBLIC_URL", base);
            env.put("LINK_TOKEN_SECRET", UUID.randomUUID() + "-" + UUID.randomUUID());
            env.put("BOUNCE_TOKEN", UUID.randomUUID().toString());
            env.put("JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
            env.put("JWT_ISSUER", DevKeys.ISSUER);
            Process process = app.start();
            try {
                String editor = "Bearer " + keys.token("bench", Duration.ofHours(2), "bulletin-editor");
                await("the service to be ready", () -> status(base + "/q/health/ready") == 200);
                Instant created = Instant.now();
                createSubscribers(base, editor, n);
                System.out.printf("%d subscribers imported in %d s%n", n, Duration.between(created, Instant.now()).toSeconds());

                String partnership = UUID.randomUUID().toString();
                TestKafka.send(endpoints.kafkaBootstrap(), "directory.events", partnership, itemEvent(partnership),
                        Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "partnership.registered",
                                "ce_source", "/bench", "ce_time", Instant.now().toString()));
                await("the item in this month's draft", () -> get(base + "/editions/next", null).path("items").size() == 1);
                String edition = get(base + "/editions/next", null).get("id").asText();
                send("POST", base + "/editions/" + edition + "/approval", editor, "");

                Instant start = Instant.now();
                send("POST", base + "/editions/" + edition + "/sending", editor, "{}");
                await("every email sent", () -> get(base + "/editions/" + edition + "/deliveries", editor)
                        .path("sent").asLong() == n);
                Duration took = Duration.between(start, Instant.now());
                System.out.printf("Edition sent to %d subscribers in %.1f s (%.0f emails/s, throttle %s/s)%n", n,
                        took.toMillis() / 1000.0, n * 1000.0 / took.toMillis(), perSecond);

                List<MailServer.ReceivedMail> received = stack.mail().messages(null);
                Set<String> recipients = new HashSet<>();
                received.forEach(m -> recipients.addAll(m.to()));
                System.out.printf("SMTP server holds %d messages for %d distinct recipients%n", received.size(),
                        recipients.size());
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    private static double smtpAcceptRate(String host, int port, int n) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        Session session = Session.getInstance(props);
        String body = "ESSP e-News\n\n" + "An item of the month with its summary and link.\n".repeat(40);
        Instant start = Instant.now();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < n; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("e-news@partnershiphub.local"));
                InternetAddress to = new InternetAddress("smtp-" + i + "@example.org");
                message.setRecipient(Message.RecipientType.TO, to);
                message.setSubject("ESSP e-News");
                message.setText(body);
                transport.sendMessage(message, new InternetAddress[]{to});
            }
        }
        return n * 1000.0 / Duration.between(start, Instant.now()).toMillis();
    }

    private static void createSubscribers(String base, String editor, int n) throws Exception {
        Semaphore inFlight = new Semaphore(16);
        CompletableFuture<?>[] all = new CompletableFuture<?>[n];
        for (int i = 0; i < n; i++) {
            inFlight.acquire();
            String body = "{\"email\":\"reader-" + i + "@example.org\",\"frequency\":\"monthly\"}";
            all[i] = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/subscribers"))
                            .header("Authorization", editor).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        inFlight.release();
                        if (e != null || r.statusCode() != 201) {
                            throw new IllegalStateException("import failed: " + (e != null ? e : r.body()));
                        }
                    });
        }
        CompletableFuture.allOf(all).join();
    }

    private static String itemEvent(String partnership) {
        return "{\"id\":\"" + partnership + "\",\"title\":\"Benchmark Partnership\",\"summary\":\"For timing the e-News\","
                + "\"partnerships\":[{\"id\":\"" + partnership + "\",\"name\":\"Benchmark Partnership\",\"role\":\"subject\"}],"
                + "\"areas\":[\"E10000011\"],\"themes\":[\"effective-services\"],\"url\":\"http://localhost:8081/partnerships/"
                + partnership + "\",\"occurred_at\":\"" + Instant.now() + "\"}";
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static JsonNode get(String url, String bearer) {
        return send("GET", url, bearer, null);
    }

    private static JsonNode send(String method, String url, String bearer, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (bearer != null) {
                request.header("Authorization", bearer);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            Thread.sleep(250);
        }
    }
}
