package org.partnershiphub.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * docker-compose.yml cannot be started where the tests run (no Docker), so this checks what can be
 * checked without it: that each service is built, published and configured the way its own
 * application.properties expects. A variable the properties read but compose does not set only
 * shows up as a failed start in production; here it fails the build instead.
 */
class ComposeFileTest {

    /** Surefire runs in deploy/local. */
    private static final Path ROOT = Path.of("../..");
    private static final String DOCKERFILE = "src/main/docker/Dockerfile.jvm";
    /** {@code ${NAME}} with no {@code :default}: Quarkus refuses to start unless the environment sets it. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private static JsonNode compose;

    static Stream<Arguments> services() {
        return Stream.of(arguments("directory-service", 8081), arguments("performance-service", 8082),
                arguments("engagement-service", 8083), arguments("notification-service", 8084));
    }

    @BeforeAll
    static void parseComposeFile() throws IOException {
        Path file = ROOT.resolve("docker-compose.yml");
        assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath().normalize());
        compose = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        assertNotNull(compose, "docker-compose.yml is empty");
    }

    @Test
    void definesTheInfrastructureAndEveryService() {
        assertAll(Stream.concat(Stream.of("postgres", "kafka", "mailpit"), services().map(a -> (String) a.get()[0]))
                .map(name -> (Executable) () -> assertTrue(compose.path("services").has(name), "docker-compose.yml has no service '" + name + "'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void buildsFromItsDockerfileAndPublishesItsPort(String name, int port) {
        JsonNode service = service(name);
        Path dockerfile = ROOT.resolve(name).resolve(DOCKERFILE);
        assertAll(
                () -> assertTrue(texts(service.path("ports")).contains(port + ":" + port),
                        name + " must publish \"" + port + ":" + port + "\", has " + service.path("ports")),
                () -> assertEquals(Path.of(name), Path.of(service.path("build").path("context").asText()).normalize(),
                        name + ": build context"),
                () -> assertEquals(DOCKERFILE, service.path("build").path("dockerfile").asText(), name + ": build dockerfile"),
                () -> {
                    assertTrue(Files.isRegularFile(dockerfile), "missing " + dockerfile.normalize());
                    assertTrue(Files.readAllLines(dockerfile).stream().map(String::trim)
                                    .anyMatch(line -> line.matches("EXPOSE\\s+(.*\\s)?" + port + "(/tcp)?(\\s.*)?")),
                            dockerfile.normalize() + " must EXPOSE " + port);
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void setsEveryVariableThePropertiesNeedAndTheSamePort(String name, int port) throws IOException {
        Map<String, String> properties = prodProperties(name);
        Set<String> missing = new TreeSet<>();
        for (String value : properties.values()) {
            Matcher m = REQUIRED_VARIABLE.matcher(value);
            while (m.find()) missing.add(m.group(1));
        }
        missing.removeAll(environment(name).keySet());
        assertAll(
                () -> assertTrue(missing.isEmpty(), name + "/src/main/resources/application.properties reads " + missing
                        + " but docker-compose.yml does not set them in " + name + ".environment"),
                () -> assertEquals(String.valueOf(port), properties.get("quarkus.http.port"),
                        name + ": quarkus.http.port must match the port compose publishes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void initScriptCreatesItsDatabaseAndLoginRole(String name, int port) throws IOException {
        Map<String, String> env = environment(name);
        String url = env.get("DATABASE_URL");
        assertNotNull(url, name + " sets no DATABASE_URL");
        String database = URI.create(url.replaceFirst("^jdbc:", "")).getPath().replaceFirst("^/", "");
        // comments could mention a name without creating it
        String sql = Files.readString(ROOT.resolve("deploy/compose/init-databases.sql")).replaceAll("--[^\n]*", "");
        String user = env.get("DATABASE_USER");
        String password = env.get("DATABASE_PASSWORD");
        assertAll(
                () -> assertTrue(find(sql, "CREATE\\s+DATABASE\\s+\"?" + Pattern.quote(database) + "\"?[\\s;]"),
                        "init-databases.sql does not create database '" + database + "' (from " + name + "'s DATABASE_URL)"),
                () -> assertTrue(user != null && password != null && find(sql, "CREATE\\s+(ROLE|USER)\\s+\"?" + Pattern.quote(user)
                                + "\"?\\s[^;]*PASSWORD\\s+'" + Pattern.quote(password) + "'"),
                        "init-databases.sql does not create login role '" + user + "' with " + name + "'s DATABASE_PASSWORD"));
    }

    private static JsonNode service(String name) {
        JsonNode service = compose.path("services").path(name);
        assertTrue(service.isObject(), "docker-compose.yml has no service '" + name + "'");
        return service;
    }

    /** Compose accepts {@code environment} as a map or as a list of {@code NAME=value}; a bare NAME passes the host's value on. */
    private static Map<String, String> environment(String name) {
        JsonNode environment = service(name).path("environment");
        Map<String, String> env = new HashMap<>();
        if (environment.isObject()) {
            environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        } else {
            for (String entry : texts(environment)) {
                int eq = entry.indexOf('=');
                env.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
            }
        }
        return env;
    }

    /** The properties as the prod profile sees them: %prod. overrides, other profiles' keys dropped. */
    private static Map<String, String> prodProperties(String name) throws IOException {
        Path file = ROOT.resolve(name).resolve("src/main/resources/application.properties");
        assertTrue(Files.isRegularFile(file), "missing " + file.normalize());
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            raw.load(reader);
        }
        Map<String, String> base = new HashMap<>();
        Map<String, String> prod = new HashMap<>();
        for (String key : raw.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                base.put(key, raw.getProperty(key));
            } else if (key.indexOf('.') > 0 && Arrays.asList(key.substring(1, key.indexOf('.')).split(",")).contains("prod")) {
                prod.put(key.substring(key.indexOf('.') + 1), raw.getProperty(key));
            }
        }
        base.putAll(prod);
        return base;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static boolean find(String text, String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text).find();
    }
}
