package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An area and its parent as the directory last announced them. */
@Entity
@Table(name = "area_ref")
public class AreaRef {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
