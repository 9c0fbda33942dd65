package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An entry in the good-practice library. */
@Entity
@Table(name = "case_study")
public class CaseStudy {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "partnership_ids", nullable = false)
    public UUID[] partnershipIds;

    @Column(nullable = false)
    public String[] themes;

    @Column(nullable = false)
    public String challenge;

    @Column(name = "what_was_done", nullable = false)
    public String whatWasDone;

    @Column(nullable = false)
    public String results;

    @Column(name = "cost_band")
    public String costBand;

    @Column(name = "contact_role")
    public String contactRole;

    @Column(name = "lessons_learned")
    public String lessonsLearned;

    @Column(nullable = false)
    public String[] tags;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
