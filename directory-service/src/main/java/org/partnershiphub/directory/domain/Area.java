package org.partnershiphub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/** A place identified by its ONS GSS code. */
@Entity
public class Area {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** county, district, ward or other. */
    @Column(nullable = false)
    public String type;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
