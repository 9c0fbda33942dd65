package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An agreement's commitment on one indicator in one area; its figures live in {@link TargetVersion}s. */
@Entity
@Table(name = "target")
public class Target {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(name = "lead_partnership_id", nullable = false)
    public UUID leadPartnershipId;

    @Column(nullable = false)
    public UUID[] contributing;

    @Column(nullable = false)
    public String theme;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
