package org.partnershiphub.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** An area of the local tree kept from directory events (GSS code, parent). */
@Entity
public class Area {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String type;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
