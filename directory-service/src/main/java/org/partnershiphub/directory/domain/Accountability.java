package org.partnershiphub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An LAA target a partnership leads or contributes to, as last reported by performance-service. */
@Entity
public class Accountability {

    @Embeddable
    public record Key(@Column(name = "target_id") UUID targetId,
                      @Column(name = "partnership_id") UUID partnershipId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    /** lead or contributing. */
    @Column(nullable = false)
    public String role;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "indicator_title")
    public String indicatorTitle;

    public String title;

    /** green, amber, red, or null before the first status. */
    public String status;

    public String period;

    public String url;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
