package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    public UUID id;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(nullable = false)
    public String title;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    public String lead;

    /** planned, in-progress or completed. */
    @Column(nullable = false)
    public String status;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** When milestone.overdue went out, so it goes out once. */
    @Column(name = "overdue_published_at")
    public Instant overduePublishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
