package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A partnership saying it has reused a case study's practice. */
@Entity
@Table(name = "case_study_reuse")
public class CaseStudyReuse {

    @Embeddable
    public record Key(@Column(name = "case_study_id") UUID caseStudyId,
                      @Column(name = "partnership_id") UUID partnershipId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public String note;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
