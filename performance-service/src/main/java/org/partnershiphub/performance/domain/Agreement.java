package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A Local Area Agreement: targets an area has agreed for a run of financial years. */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    /** Start year of the first financial year, e.g. 2008 for 2008-09. */
    @Column(name = "first_year", nullable = false)
    public int firstYear;

    @Column(name = "last_year", nullable = false)
    public int lastYear;

    @Column(name = "accountable_body", nullable = false)
    public String accountableBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
