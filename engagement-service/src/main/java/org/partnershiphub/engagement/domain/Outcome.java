package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What an engagement asked, what people said and what the partnerships did about it. */
@Entity
@Table(name = "outcome")
public class Outcome {

    @Id
    @Column(name = "engagement_id")
    public UUID engagementId;

    /** JSON array of questions. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "we_asked", nullable = false)
    public String weAsked;

    /** JSON array of findings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "you_said", nullable = false)
    public String youSaid;

    /** JSON array of actions, each with an owner and a date. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "we_did", nullable = false)
    public String weDid;

    @Column(name = "target_ids", nullable = false)
    public UUID[] targetIds;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
