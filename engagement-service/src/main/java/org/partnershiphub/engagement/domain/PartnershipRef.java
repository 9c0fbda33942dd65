package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A partnership as the directory last announced it; organisers are checked against these. */
@Entity
@Table(name = "partnership_ref")
public class PartnershipRef {

    @Id
    public UUID id;

    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String[] areas;

    @Column(nullable = false)
    public String[] themes;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
