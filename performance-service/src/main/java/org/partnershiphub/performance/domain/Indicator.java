package org.partnershiphub.performance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A measure values are recorded against, e.g. a National Indicator such as NI 154. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    public String code;

    @Column(nullable = false)
    public String title;

    public String definition;

    @Column(nullable = false)
    public String unit;

    /** higher or lower: which way is better. */
    @Column(nullable = false)
    public String polarity;

    /** quarterly or annual. */
    @Column(nullable = false)
    public String frequency;

    public String source;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Polarity polarityValue() {
        return Polarity.valueOf(polarity.toUpperCase());
    }
}
