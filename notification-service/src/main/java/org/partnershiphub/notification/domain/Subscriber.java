package org.partnershiphub.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** An email address that asked for the e-News. Receives nothing but confirmations until it confirms. */
@Entity
public class Subscriber {

    public static final String ACTIVE = "active";
    public static final String SUSPENDED = "suspended";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public String status;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "soft_bounces", nullable = false)
    public int softBounces;

    @Column(name = "suspended_reason")
    public String suspendedReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
