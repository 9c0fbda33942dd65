package org.partnershiphub.local;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The stack one test JVM uses: started once, on free ports, on first use, or the running stack named
 * by {@code PH_*} environment variables. Also the JVM's token issuer, so tests use real signed tokens.
 */
public final class TestStack {

    private static TestStack instance;

    private final StackEndpoints endpoints;
    private final LocalStack owned;
    private final DevKeys keys = DevKeys.generate();

    private TestStack(StackEndpoints endpoints, LocalStack owned) {
        this.endpoints = endpoints;
        this.owned = owned;
    }

    public static synchronized TestStack get() {
        if (instance == null) {
            StackEndpoints running = StackEndpoints.fromEnvironment(System.getenv());
            if (running != null) {
                instance = new TestStack(running, null);
            } else {
                LocalStack stack = LocalStack.startOnFreePorts();
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "test-stack-shutdown"));
                instance = new TestStack(StackEndpoints.fromEnvironment(stack.environment()), stack);
            }
        }
        return instance;
    }

    public StackEndpoints endpoints() {
        return endpoints;
    }

    /**
     * A database of its own for this JVM: the plain name on a stack this JVM started, a unique
     * name on a shared one so that runs never see each other's rows.
     */
    public String createDatabase(String name) {
        String database = owned != null ? name : name + "_" + UUID.randomUUID().toString().substring(0, 8);
        return PostgresServer.ensureDatabase(endpoints.postgresHost(), endpoints.postgresPort(), database);
    }

    /** The broker, when this JVM started it and so may stop and start it. */
    public Optional<KafkaBroker> ownKafka() {
        return Optional.ofNullable(owned).map(LocalStack::kafka);
    }

    public String publicKeyPem() {
        return keys.publicKeyPem();
    }

    /** {@code Authorization} header value carrying the given roles. */
    public String bearer(String... roles) {
        return "Bearer " + keys.token("test-user", Duration.ofHours(1), roles);
    }
}
