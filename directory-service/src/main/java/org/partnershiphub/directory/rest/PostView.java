package org.partnershiphub.directory.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnershiphub.directory.domain.Post;

import java.util.UUID;

@Schema(name = "Post", description = "A seat on a board")
public record PostView(UUID id, UUID partnershipId, @Schema(examples = "Police") String title,
                       @Schema(examples = "public") String sector) {

    public static PostView from(Post p) {
        return new PostView(p.id, p.partnershipId, p.title, p.sector);
    }
}
