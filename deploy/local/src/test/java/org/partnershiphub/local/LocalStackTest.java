package org.partnershiphub.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stack is made of real servers: a SQL round trip, a Kafka round trip (across a broker restart) and a mail round trip. */
class LocalStackTest {

    private static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = LocalStack.startOnFreePorts();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void postgresKeepsWhatIsWrittenInACreatedDatabase() throws Exception {
        String url = stack.postgres().ensureDatabase("roundtrip");
        assertEquals(url, stack.postgres().ensureDatabase("roundtrip"), "creating twice is harmless");
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("create table t (v text)");
            s.execute("insert into t values ('kept')");
            ResultSet rs = s.executeQuery("select v, current_setting('server_version_num')::int from t");
            assertTrue(rs.next());
            assertEquals("kept", rs.getString(1));
            assertTrue(rs.getInt(2) >= 170000, "PostgreSQL 17");
        }
    }

    @Test
    void kafkaDeliversRecordsAcrossABrokerRestart() {
        String topic = "stack-test-" + UUID.randomUUID();
        String bootstrap = stack.kafka().bootstrapServers();
        send(bootstrap, topic, "before");
        stack.kafka().stop();
        assertFalse(stack.kafka().isRunning());
        stack.kafka().start();
        send(bootstrap, topic, "after");

        List<String> values = read(bootstrap, topic, 2).stream().map(ConsumerRecord::value).toList();
        assertEquals(List.of("before", "after"), values);
    }

    @Test
    void smtpMessagesCanBeReadThroughTheInboxApi() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(stack.mail().smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("enews@partnershiphub.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("reader@example.org"));
        message.setSubject("ESSP e-News");
        message.setHeader("List-Unsubscribe", "<https://example.org/u>");
        message.setText("Hello partners");
        Transport.send(message);

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.mail().apiUrl() + "?to=reader@example.org")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode mails = new ObjectMapper().readTree(response.body());
        assertEquals(1, mails.size());
        assertEquals("ESSP e-News", mails.get(0).get("subject").asText());
        assertEquals("<https://example.org/u>", mails.get(0).get("headers").get("List-Unsubscribe").asText());
        assertEquals("Hello partners", mails.get(0).get("text").asText().trim());

        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stack.mail().apiUrl())).DELETE().build(),
                HttpResponse.BodyHandlers.discarding());
        assertTrue(stack.mail().messages(null).isEmpty());
    }

    private static void send(String bootstrap, String topic, String value) {
        TestKafka.send(bootstrap, topic, "k", value, Map.of("ce_id", value));
    }

    private static List<ConsumerRecord<String, String>> read(String bootstrap, String topic, int count) {
        return TestKafka.read(bootstrap, topic, r -> true, count, Duration.ofSeconds(30));
    }
}
