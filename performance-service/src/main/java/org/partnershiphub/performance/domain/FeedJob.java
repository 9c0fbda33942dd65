package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A large feed being imported in the background. */
@Entity
@Table(name = "feed_job")
public class FeedJob {

    @Id
    public UUID id;

    /** queued, running, succeeded, rejected or failed. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String mode;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    /** json or csv. */
    @Column(nullable = false)
    public String format;

    /** The feed as sent; dropped once the job has finished. */
    public String body;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "may_change_locked", nullable = false)
    public boolean mayChangeLocked;

    public String reason;

    @Column(name = "rows_total", nullable = false)
    public int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    @JdbcTypeCode(SqlTypes.JSON)
    public String summary;

    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
