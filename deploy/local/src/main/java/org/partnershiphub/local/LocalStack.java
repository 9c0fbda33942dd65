package org.partnershiphub.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Real PostgreSQL, Kafka and SMTP on loopback, started together. {@link #main} is what
 * {@code deploy/local/run.sh} starts; tests get the same stack through {@link LocalStackResource}.
 */
public final class LocalStack implements AutoCloseable {

    public static final List<String> DATABASES = List.of("directory", "performance", "engagement", "notification");

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final MailServer mail;

    private LocalStack(PostgresServer postgres, KafkaBroker kafka, MailServer mail) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
    }

    /**
     * Starts all three. With a {@code dataDir} the database and broker data are kept there between
     * runs; without one everything lives in fresh temporary folders.
     */
    public static LocalStack start(Path dataDir, int postgresPort, int kafkaPort, int controllerPort,
                                   int smtpPort, int mailApiPort) {
        try {
            Path pgData = dataDir == null ? null : dataDir.resolve("postgres");
            Path kafkaDir = dataDir == null ? Files.createTempDirectory("partnershiphub-kafka") : dataDir.resolve("kafka");
            PostgresServer postgres = PostgresServer.start(pgData, postgresPort);
            KafkaBroker kafka;
            MailServer mail;
            try {
                kafka = new KafkaBroker(kafkaDir, kafkaPort, controllerPort).start();
                try {
                    mail = MailServer.start(smtpPort, mailApiPort);
                } catch (RuntimeException e) {
                    kafka.close();
                    throw e;
                }
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return new LocalStack(postgres, kafka, mail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LocalStack startOnFreePorts() {
        return start(null, Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free());
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public MailServer mail() {
        return mail;
    }

    /** The environment that tells a test JVM (or a shell) where this stack runs; see {@link StackEndpoints}. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(StackEndpoints.POSTGRES_HOST, "127.0.0.1");
        env.put(StackEndpoints.POSTGRES_PORT, String.valueOf(postgres.port()));
        env.put(StackEndpoints.POSTGRES_USER, PostgresServer.USER);
        env.put(StackEndpoints.POSTGRES_PASSWORD, PostgresServer.PASSWORD);
        env.put(StackEndpoints.KAFKA_BOOTSTRAP, kafka.bootstrapServers());
        env.put(StackEndpoints.SMTP_HOST, "127.0.0.1");
        env.put(StackEndpoints.SMTP_PORT, String.valueOf(mail.smtpPort()));
        env.put(StackEndpoints.MAIL_API, mail.apiUrl());
        return env;
    }

    @Override
    public void close() {
        try {
            mail.close();
        } finally {
            try {
                kafka.close();
            } finally {
                postgres.close();
            }
        }
    }

    /**
     * {@code LocalStack <dataDir>}: starts the stack on the ports named by {@code PH_*_PORT} variables
     * (or the defaults), creates the services' databases and key pair, writes {@code stack.env}
     * and runs until the process is told to stop.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LocalStack <data-dir>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(dataDir);
        LocalStack stack = start(dataDir,
                Ports.fromEnv("PH_POSTGRES_PORT", 55432),
                Ports.fromEnv("PH_KAFKA_PORT", 59092),
                Ports.fromEnv("PH_KAFKA_CONTROLLER_PORT", 59093),
                Ports.fromEnv("PH_SMTP_PORT", 2525),
                Ports.fromEnv("PH_MAIL_API_PORT", 8025));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-shutdown"));
        DATABASES.forEach(stack.postgres()::ensureDatabase);
        DevKeys.inDirectory(dataDir.resolve("keys"));
        String env = stack.environment().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        Path envFile = dataDir.resolve("stack.env");
        Files.writeString(dataDir.resolve("stack.env.tmp"), env);
        Files.move(dataDir.resolve("stack.env.tmp"), envFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Local stack ready: " + stack.environment());
        stopped.await();
    }
}
