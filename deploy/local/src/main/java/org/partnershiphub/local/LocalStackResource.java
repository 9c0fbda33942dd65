package org.partnershiphub.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a Quarkus app under test at the real stack: its own database, the broker, the SMTP server
 * and the JVM's token key. Use with {@code @QuarkusTestResource(value = LocalStackResource.class,
 * initArgs = @ResourceArg(name = "database", value = "directory"))}.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestStack stack = TestStack.get();
        StackEndpoints endpoints = stack.endpoints();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", stack.createDatabase(database));
        config.put("quarkus.datasource.username", endpoints.postgresUser());
        config.put("quarkus.datasource.password", endpoints.postgresPassword());
        config.put("kafka.bootstrap.servers", endpoints.kafkaBootstrap());
        config.put("quarkus.mailer.host", endpoints.smtpHost());
        config.put("quarkus.mailer.port", String.valueOf(endpoints.smtpPort()));
        config.put("mp.jwt.verify.publickey", stack.publicKeyPem());
        config.put("mp.jwt.verify.issuer", DevKeys.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // the stack outlives a single app under test and stops with the JVM
    }
}
