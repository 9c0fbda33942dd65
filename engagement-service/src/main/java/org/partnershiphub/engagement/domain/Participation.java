package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** Who took part in an engagement, as counts only. Breakdowns are JSON objects of code → count. */
@Entity
@Table(name = "participation")
public class Participation {

    @Id
    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(nullable = false)
    public int total;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "by_area", nullable = false)
    public String byArea;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "by_sector", nullable = false)
    public String bySector;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "by_population_group", nullable = false)
    public String byPopulationGroup;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "by_age_band", nullable = false)
    public String byAgeBand;

    public Integer attendees;

    @Column(name = "organisations_attending")
    public Integer organisationsAttending;

    @Column(name = "contributions_received")
    public Integer contributionsReceived;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
