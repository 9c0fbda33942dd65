package org.partnershiphub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** Someone who sits on a board. Only name and public role are ever published. */
@Entity
public class Person {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "public_role")
    public String publicRole;

    /** Private: for coordinators only, never returned by the API. */
    public String email;

    /** Private: for coordinators only, never returned by the API. */
    public String phone;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
