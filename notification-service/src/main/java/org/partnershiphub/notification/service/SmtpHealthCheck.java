package org.partnershiphub.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Ready only while the SMTP server answers with its 220 greeting: the e-News cannot go out otherwise. */
@Readiness
@ApplicationScoped
public class SmtpHealthCheck implements HealthCheck {

    private static final int TIMEOUT_MS = 2000;

    private final String host;
    private final int port;

    SmtpHealthCheck(@ConfigProperty(name = "quarkus.mailer.host") String host,
                    @ConfigProperty(name = "quarkus.mailer.port") int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public HealthCheckResponse call() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            OutputStream out = socket.getOutputStream();
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return HealthCheckResponse.named("SMTP server").status(greeting != null && greeting.startsWith("220"))
                    .withData("server", host + ":" + port).build();
        } catch (IOException e) {
            return HealthCheckResponse.named("SMTP server").down().withData("server", host + ":" + port).build();
        }
    }
}
