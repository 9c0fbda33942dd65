package org.partnershiphub.notification.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.notification.service.NotificationConfig;
import org.partnershiphub.notification.service.SubscriptionService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

@Path("/bounces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bounces", description = "Delivery failures reported by the email provider")
public class BounceResource {

    private final SubscriptionService service;
    private final byte[] token;

    BounceResource(SubscriptionService service, NotificationConfig config) {
        this.service = service;
        this.token = config.bounces().token().map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    @POST
    @Operation(summary = "Report a bounce", description = "As an email provider's webhook calls it, with the shared "
            + "secret in X-Bounce-Token. A permanent bounce suspends the address; so do repeated soft ones.")
    @APIResponse(responseCode = "202", description = "Recorded (also when the address is unknown)")
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Bounce-Token")
    public Response report(@HeaderParam("X-Bounce-Token") String presented,
                           @Valid @NotNull(message = "a JSON body is required") BounceRequest bounce) {
        if (token == null || presented == null
                || !MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            throw HttpProblem.builder().withStatus(401).withTitle("Bounce token required")
                    .withDetail("Send the configured shared secret in the X-Bounce-Token header").build();
        }
        service.bounce(bounce);
        return Response.accepted().build();
    }
}
