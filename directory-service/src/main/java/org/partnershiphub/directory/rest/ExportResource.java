package org.partnershiphub.directory.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershiphub.directory.service.PopoloExport;

@Path("/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Export", description = "The whole directory in open standard formats")
public class ExportResource {

    private final PopoloExport popolo;

    ExportResource(PopoloExport popolo) {
        this.popolo = popolo;
    }

    @GET
    @Path("/popolo")
    @Operation(summary = "Popolo JSON export", description = "Partnerships and organisations as Popolo organizations, "
            + "people by name only, memberships, posts and areas; valid against the Popolo JSON schemas")
    @APIResponse(responseCode = "200", description = "The export, with ETag and Cache-Control")
    @APIResponse(responseCode = "304", description = ApiDoc.NOT_MODIFIED)
    public PopoloExport.Document popolo() {
        return popolo.export();
    }
}
