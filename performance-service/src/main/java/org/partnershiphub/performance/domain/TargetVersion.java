package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** One version of a target's figures; a revision adds a version and never overwrites one. */
@Entity
@Table(name = "target_version")
public class TargetVersion {

    @Id
    public UUID id;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(nullable = false)
    public int version;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(nullable = false)
    public String reason;

    @Column(name = "approved_by", nullable = false)
    public String approvedBy;

    @Column(name = "baseline_value", nullable = false)
    public BigDecimal baselineValue;

    @Column(name = "baseline_period", nullable = false)
    public String baselinePeriod;

    /** Financial year (e.g. "2009-10") to the value to reach by its end. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "yearly_targets", nullable = false)
    public Map<String, BigDecimal> yearlyTargets;

    /** How far (in percent of the trajectory value) a figure may fall short and still be amber. */
    @Column(name = "amber_tolerance", nullable = false)
    public BigDecimal amberTolerance;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
