package org.partnershiphub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's seat on a partnership, on behalf of an organisation, for a period. */
@Entity
public class Membership {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "partnership_id", nullable = false)
    public UUID partnershipId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "post_id")
    public UUID postId;

    /** chair, vice-chair, member, coordinator or supporting-officer. */
    @Column(nullable = false)
    public String role;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public boolean voting;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean currentOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}
