package org.partnershiphub.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A term partnerships use (LSP, LAA, CDRP…) in plain English. */
@Entity
@Table(name = "glossary_term")
public class GlossaryTerm {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String term;

    public String expansion;

    @Column(nullable = false)
    public String definition;

    @ElementCollection
    @CollectionTable(name = "glossary_term_partnership", joinColumns = @JoinColumn(name = "term_id"))
    @Column(name = "partnership_id")
    public Set<UUID> partnershipIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "glossary_term_theme", joinColumns = @JoinColumn(name = "term_id"))
    @Column(name = "theme_code")
    public Set<String> themeCodes = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
