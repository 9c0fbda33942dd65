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

/**
 * One email to one subscriber for one send (an item, a digest period, an edition, a confirmation).
 * Unique per (subscriber, send key), so that a repeated fan-out or a restart never sends twice.
 * Holds no address: the subscriber's is read when sending, and erasing a subscriber nulls the link.
 */
@Entity
public class Delivery {

    public static final String QUEUED = "queued";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String BOUNCED = "bounced";
    public static final String CANCELLED = "cancelled";

    public static final String CONFIRMATION = "confirmation";
    public static final String MANAGE_LINK = "manage-link";
    public static final String IMMEDIATE = "immediate";
    public static final String DIGEST = "digest";
    public static final String EDITION = "edition";

    @Id
    public UUID id;

    @Column(name = "subscriber_id")
    public UUID subscriberId;

    @Column(name = "send_key", nullable = false)
    public String sendKey;

    @Column(nullable = false)
    public String kind;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "edition_id")
    public UUID editionId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "item_ids", columnDefinition = "text[]", nullable = false)
    public List<String> itemIds = new ArrayList<>();

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
