package org.partnershiphub.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** Something a reader of the e-News would care about, made from another service's event. */
@Entity
public class Item {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    public String link;

    @Column(name = "partnership_id")
    public UUID partnershipId;

    @Column(name = "source_event_id", nullable = false, unique = true)
    public String sourceEventId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
