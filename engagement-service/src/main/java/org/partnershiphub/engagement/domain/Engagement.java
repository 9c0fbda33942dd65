package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consultation, survey, meeting or other event through which partnerships engage the public. */
@Entity
@Table(name = "engagement")
public class Engagement {

    @Id
    public UUID id;

    @Column(nullable = false)
    public EngagementKind kind;

    @Column(nullable = false)
    public String title;

    public String summary;

    @Column(nullable = false)
    public EngagementStatus status;

    @Column(name = "partnership_ids", nullable = false)
    public UUID[] partnershipIds;

    @Column(nullable = false)
    public String[] themes;

    @Column(nullable = false)
    public String[] areas;

    @Column(nullable = false)
    public String[] audiences;

    @Column(name = "target_ids", nullable = false)
    public UUID[] targetIds;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String place;

    @Column(name = "online_url")
    public String onlineUrl;

    @Column(name = "contact_role")
    public String contactRole;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "feedback_due_on")
    public LocalDate feedbackDueOn;

    @Column(name = "overdue_notified_at")
    public Instant overdueNotifiedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
