package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The answer given to a feed sent with an Idempotency-Key. */
@Entity
@Table(name = "feed_request")
public class FeedRequest {

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "body_hash", nullable = false)
    public String bodyHash;

    @Column(name = "status_code", nullable = false)
    public int statusCode;

    /** The JSON answered, kept as text so that a replay is identical. */
    @Column(nullable = false)
    public String response;

    public String location;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
