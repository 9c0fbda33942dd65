package org.partnershiphub.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) that keeps every message it accepts, with a small JSON inbox API:
 * {@code GET /api/messages[?to=address]} lists them, {@code DELETE /api/messages} empties the inbox.
 */
public final class MailServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GreenMail greenMail;
    private final HttpServer api;
    private final int smtpPort;

    private MailServer(GreenMail greenMail, HttpServer api, int smtpPort) {
        this.greenMail = greenMail;
        this.api = api;
        this.smtpPort = smtpPort;
    }

    public static MailServer start(int smtpPort, int apiPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), apiPort), 0);
            MailServer server = new MailServer(greenMail, api, smtpPort);
            api.createContext("/api/messages", server::handle);
            api.start();
            return server;
        } catch (IOException e) {
            greenMail.stop();
            throw new UncheckedIOException("mail API did not start on port " + apiPort, e);
        }
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + api.getAddress().getPort() + "/api/messages";
    }

    /** Every message received so far, oldest first, optionally only those addressed to {@code to}. */
    public List<ReceivedMail> messages(String to) {
        List<ReceivedMail> result = new ArrayList<>();
        MimeMessage[] received = greenMail.getReceivedMessages();
        for (int i = 0; i < received.length; i++) {
            ReceivedMail mail = ReceivedMail.from(i + 1, received[i]);
            if (to == null || mail.to().stream().anyMatch(to::equalsIgnoreCase)) {
                result.add(mail);
            }
        }
        return result;
    }

    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("could not empty the inbox", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> respond(exchange, 200, JSON.writeValueAsBytes(messages(queryParam(exchange, "to"))));
                case "DELETE" -> {
                    purge();
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> respond(exchange, 405, "{\"title\":\"Use GET or DELETE\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String queryParam(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        api.stop(0);
        greenMail.stop();
    }

    /** A received message as tests and the inbox API see it. */
    public record ReceivedMail(int id, String from, List<String> to, String subject,
                               Map<String, String> headers, String text, String html) {

        static ReceivedMail from(int id, MimeMessage message) {
            try {
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header header : java.util.Collections.list(message.getAllHeaders())) {
                    headers.putIfAbsent(header.getName(), header.getValue());
                }
                Address[] recipients = message.getRecipients(Message.RecipientType.TO);
                List<String> to = recipients == null ? List.of()
                        : Arrays.stream(recipients).map(MailServer::address).toList();
                Address[] from = message.getFrom();
                String[] bodies = new String[2];
                collectBodies(message, bodies);
                return new ReceivedMail(id, from == null || from.length == 0 ? null : address(from[0]), to,
                        message.getSubject(), headers, bodies[0], bodies[1]);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("unreadable message " + id, e);
            }
        }

        private static void collectBodies(Part part, String[] bodies) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && bodies[0] == null) {
                bodies[0] = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && bodies[1] == null) {
                bodies[1] = String.valueOf(part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collectBodies(child, bodies);
                }
            }
        }
    }

    private static String address(Address address) {
        return address instanceof jakarta.mail.internet.InternetAddress internet ? internet.getAddress() : address.toString();
    }
}
