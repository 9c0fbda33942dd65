package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The RAG last announced for a target's latest period. */
@Entity
@Table(name = "target_rag")
public class TargetRag {

    @Id
    @Column(name = "target_id")
    public UUID targetId;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public String status;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
