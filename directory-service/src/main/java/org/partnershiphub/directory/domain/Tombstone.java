package org.partnershiphub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

import java.io.Serializable;
import java.time.Instant;

/** Marks a deleted record so that incremental sync can tell clients to drop it. */
@Entity
public class Tombstone {

    @Embeddable
    public record Key(String resource, String id) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "deleted_at", nullable = false)
    public Instant deletedAt;
}
