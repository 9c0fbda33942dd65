package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An LAA target as performance-service last announced it; engagements and outcomes link to these. */
@Entity
@Table(name = "target_ref")
public class TargetRef {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "lead_partnership_id")
    public UUID leadPartnershipId;

    @Column(nullable = false)
    public String[] areas;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
