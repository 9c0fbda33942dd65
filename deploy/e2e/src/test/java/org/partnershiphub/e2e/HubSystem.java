package org.partnershiphub.e2e;

import org.partnershiphub.local.DevKeys;
import org.partnershiphub.local.LocalStack;
import org.partnershiphub.local.MailServer.ReceivedMail;
import org.partnershiphub.local.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system for the flows: the real local stack (PostgreSQL, Kafka, SMTP) in this JVM, so a test
 * can stop the broker, and the four packaged services as separate processes on free ports. Started once
 * per test JVM and stopped when it exits.
 */
final class HubSystem {

    static final List<String> SERVICES = List.of("directory", "performance", "engagement", "notification");

    private static HubSystem running;

    private final LocalStack stack;
    private final DevKeys keys;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private HubSystem(LocalStack stack, DevKeys keys) {
        this.stack = stack;
        this.keys = keys;
    }

    static synchronized HubSystem get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::close, "hub-system-shutdown"));
        }
        return running;
    }

    private static HubSystem start() {
        Path root = Path.of(System.getProperty("hub.root", "../..")).toAbsolutePath().normalize();
        Path work = root.resolve("deploy/e2e/target/e2e");
        LocalStack stack = LocalStack.startOnFreePorts();
        HubSystem system = null;
        try {
            Files.createDirectories(work);
            LocalStack.DATABASES.forEach(stack.postgres()::ensureDatabase);
            Path keyDir = Files.createTempDirectory(work, "keys");
            system = new HubSystem(stack, DevKeys.inDirectory(keyDir));
            for (String service : SERVICES) {
                int port = Ports.free();
                Map<String, String> env = new HashMap<>();
                env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
                env.put("DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + stack.postgres().port() + "/" + service);
                env.put("DATABASE_USER", "postgres");
                env.put("DATABASE_PASSWORD", "postgres");
                env.put("KAFKA_BOOTSTRAP_SERVERS", stack.kafka().bootstrapServers());
                env.put("JWT_PUBLIC_KEY_LOCATION", keyDir.resolve("publicKey.pem").toString());
                env.put("JWT_ISSUER", DevKeys.ISSUER);
                env.put("PUBLIC_URL", "http://localhost:" + port);
                env.put("SMTP_HOST", "127.0.0.1");
                env.put("SMTP_PORT", String.valueOf(stack.mail().smtpPort()));
                env.put("MAIL_FROM", "e-news@partnershiphub.local");
                env.putAll(FlowSettings.forService(service));
                system.services.put(service, new ServiceProcess(service + "-service",
                        root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar"), port, env,
                        work.resolve("logs/" + service + ".log")).start());
            }
            system.services.values().forEach(s -> s.awaitReady(Duration.ofSeconds(120)));
            return system;
        } catch (IOException e) {
            stack.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a service that never became ready must not leave the others running
            if (system != null) {
                system.close();
            } else {
                stack.close();
            }
            throw e;
        }
    }

    String url(String service) {
        return services.get(service).url();
    }

    ServiceProcess service(String service) {
        return services.get(service);
    }

    String bearer(String... roles) {
        return "Bearer " + keys.token("e2e", Duration.ofHours(2), roles);
    }

    void stopKafka() {
        stack.kafka().stop();
    }

    void startKafka() {
        stack.kafka().start();
    }

    List<ReceivedMail> mailTo(String address) {
        return stack.mail().messages(address);
    }

    private void close() {
        services.values().forEach(ServiceProcess::stop);
        stack.close();
    }
}
