package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One entry of a value's history: what it became, who changed it, when and why. */
@Entity
@Table(name = "value_change")
public class ValueChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "value_id", nullable = false)
    public UUID valueId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    public String reason;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(nullable = false)
    public String status;

    public String source;

    public String note;

    @Column(name = "previous_value")
    public BigDecimal previousValue;

    @Column(name = "previous_status")
    public String previousStatus;
}
