package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String response;

    public String location;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
