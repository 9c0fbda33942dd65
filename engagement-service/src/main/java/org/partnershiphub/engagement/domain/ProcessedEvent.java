package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A consumed event's CloudEvents id, so a redelivery changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    public String id;

    @Column(nullable = false)
    public String type;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;
}
