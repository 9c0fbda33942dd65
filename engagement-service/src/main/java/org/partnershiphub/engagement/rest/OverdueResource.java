package org.partnershiphub.engagement.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.engagement.service.OverdueService;

import java.util.List;

@Path("/outcomes/overdue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes")
public class OverdueResource {

    private final OverdueService service;

    OverdueResource(OverdueService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Outcomes owed and not yet published",
            description = "Closed engagements past their feedback due date (closing date + the configured days, 90 by "
                    + "default), longest overdue first. Each is also announced once as outcome.overdue.")
    @APIResponse(responseCode = "200", description = "The overdue engagements")
    public List<OverdueView> overdue() {
        return service.overdue();
    }
}
