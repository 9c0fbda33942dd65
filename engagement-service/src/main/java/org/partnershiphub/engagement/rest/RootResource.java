package org.partnershiphub.engagement.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Service")
public class RootResource {

    public record ServiceInfo(String name, String version, String description, Links links) {
    }

    public record Links(String openapi, String swaggerUi, String asyncapi, String health, String metrics) {
    }

    private final ServiceInfo info;

    RootResource(@ConfigProperty(name = "quarkus.application.name") String name,
                 @ConfigProperty(name = "quarkus.application.version") String version) {
        this.info = new ServiceInfo(name, version,
                "Community engagement: consultations and events, outcomes fed back, participation and good practice",
                new Links("/q/openapi", "/q/swagger-ui", "/asyncapi.yaml", "/q/health", "/q/metrics"));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What this service is, and where its API and event documentation are")
    public ServiceInfo root() {
        return info;
    }
}
