package org.partnershiphub.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A Pride of Place theme, population group or cross-cutting priority; seeded by migration. */
@Entity
public class Theme {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** theme, population-group or cross-cutting. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;

    public String description;
}
