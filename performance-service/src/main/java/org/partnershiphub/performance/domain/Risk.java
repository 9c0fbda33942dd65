package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "risk")
public class Risk {

    @Id
    public UUID id;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(nullable = false)
    public String description;

    public int likelihood;

    public int impact;

    public String mitigation;

    public String owner;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public int score() {
        return likelihood * impact;
    }
}
