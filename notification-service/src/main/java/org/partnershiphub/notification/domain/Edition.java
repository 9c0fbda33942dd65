package org.partnershiphub.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** One month's e-News: drafted from the month's items, edited, approved, then sent to monthly subscribers. */
@Entity
public class Edition {

    public static final String DRAFT = "draft";
    public static final String APPROVED = "approved";
    public static final String SENT = "sent";

    @Id
    public UUID id;

    /** {@code YYYY-MM}. */
    @Column(nullable = false, unique = true)
    public String month;

    @Column(nullable = false)
    public String title;

    public String editorial;

    @Column(nullable = false)
    public String status;

    @Column(name = "send_at")
    public Instant sendAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
