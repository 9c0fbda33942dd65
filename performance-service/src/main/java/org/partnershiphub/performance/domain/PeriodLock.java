package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A closed period: its values change only by an admin who gives a reason. */
@Entity
@Table(name = "period_lock")
public class PeriodLock {

    @Id
    public String period;

    @Column(name = "locked_at", nullable = false)
    public Instant lockedAt;

    @Column(name = "locked_by", nullable = false)
    public String lockedBy;

    @Column(nullable = false)
    public String reason;
}
