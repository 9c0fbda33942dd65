package org.partnershiphub.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@Entity
public class Partnership {

    public static final String ACTIVE = "active";
    public static final String DISSOLVED = "dissolved";

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnershipType type;

    public boolean statutory;

    @Column(name = "parent_id")
    public UUID parentId;

    public String vision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] priorities = new String[0];

    @Column(nullable = false)
    public String status = ACTIVE;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    public String website;

    /** A role mailbox, never a person's own address. */
    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "meeting_frequency")
    public String meetingFrequency;

    @Column(name = "board_size")
    public Integer boardSize;

    @ElementCollection
    @CollectionTable(name = "partnership_area", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "area_code")
    public Set<String> areaCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "partnership_theme", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "theme_code")
    public Set<String> themeCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "partnership_lsp", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "lsp_id")
    public Set<UUID> linkedLspIds = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Whether the partnership existed and had not been dissolved on that day. */
    public boolean activeOn(LocalDate day) {
        return (establishedOn == null || !establishedOn.isAfter(day)) && (dissolvedOn == null || dissolvedOn.isAfter(day));
    }
}
