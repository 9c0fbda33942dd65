package org.partnershiphub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

@Entity
public class Meeting {

    public static final String SCHEDULED = "scheduled";
    public static final String CANCELLED = "cancelled";
    public static final String HELD = "held";

    @Id
    public UUID id;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String place;

    @Column(name = "public")
    public boolean isPublic;

    @Column(nullable = false)
    public String status = SCHEDULED;

    /** Agenda items as JSON: title, lead, theme, feedback_partnership_id. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String agenda = "[]";

    /** Document links as JSON: title, url. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String documents = "[]";

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
