package org.partnershiphub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A body that sends people to partnership boards: a council, the police, a charity, a business. */
@Entity
public class Organisation {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String sector;

    /** The kind of duty-to-co-operate partner, when it is one. */
    @Column(name = "duty_kind")
    public String dutyKind;

    public String website;

    /** org-id.guide identifiers such as GB-CHC-1234567 or GB-COH-01234567. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] identifiers = new String[0];

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
