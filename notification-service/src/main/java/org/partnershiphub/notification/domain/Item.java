package org.partnershiphub.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Something a reader of the e-News would care about, made from another service's event. */
@Entity
public class Item {

    @Id
    public UUID id;

    /** The event type it was made from, e.g. {@code meeting.scheduled}. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    public String summary;

    public String link;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> themes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> areas = new ArrayList<>();

    /** The partnerships' ids alone, for matching. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partnership_ids", columnDefinition = "text[]", nullable = false)
    public List<String> partnershipIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<PartnershipRef> partnerships = new ArrayList<>();

    @Column(name = "source_event_id", nullable = false, unique = true)
    public String sourceEventId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
