package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The figure of one indicator, in one area, for one period. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

    @Id
    public UUID id;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public BigDecimal value;

    /** provisional, final or revised. */
    @Column(nullable = false)
    public String status;

    public String source;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
