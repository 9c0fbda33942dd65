package org.partnershiphub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The CloudEvents id of an event this service has handled, recorded in the same transaction as its effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    public String id;

    public String type;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;
}
