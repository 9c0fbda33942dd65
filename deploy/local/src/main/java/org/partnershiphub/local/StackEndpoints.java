package org.partnershiphub.local;

import java.util.Map;

/**
 * Where an already running stack is, as named by environment variables. When these are set,
 * tests reuse that stack instead of starting their own (e.g. one stack shared by all modules).
 */
public record StackEndpoints(String postgresHost, int postgresPort, String postgresUser, String postgresPassword,
                             String kafkaBootstrap, String smtpHost, int smtpPort, String mailApi) {

    public static final String POSTGRES_HOST = "PH_POSTGRES_HOST";
    public static final String POSTGRES_PORT = "PH_POSTGRES_PORT";
    public static final String POSTGRES_USER = "PH_POSTGRES_USER";
    public static final String POSTGRES_PASSWORD = "PH_POSTGRES_PASSWORD";
    public static final String KAFKA_BOOTSTRAP = "PH_KAFKA_BOOTSTRAP";
    public static final String SMTP_HOST = "PH_SMTP_HOST";
    public static final String SMTP_PORT = "PH_SMTP_PORT";
    public static final String MAIL_API = "PH_MAIL_API";

    /** The running stack named by {@code env}, or null when it names none. */
    public static StackEndpoints fromEnvironment(Map<String, String> env) {
        if (env.get(KAFKA_BOOTSTRAP) == null || env.get(POSTGRES_PORT) == null || env.get(SMTP_PORT) == null) {
            return null;
        }
        return new StackEndpoints(
                env.getOrDefault(POSTGRES_HOST, "127.0.0.1"),
                Integer.parseInt(env.get(POSTGRES_PORT)),
                env.getOrDefault(POSTGRES_USER, PostgresServer.USER),
                env.getOrDefault(POSTGRES_PASSWORD, PostgresServer.PASSWORD),
                env.get(KAFKA_BOOTSTRAP),
                env.getOrDefault(SMTP_HOST, "127.0.0.1"),
                Integer.parseInt(env.get(SMTP_PORT)),
                env.get(MAIL_API));
    }
}
