package org.partnershiphub.engagement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;

/** The share of an area's residents in one group (an age band or a population group). */
@Entity
@Table(name = "population_share")
public class PopulationShare {

    @Embeddable
    public record Key(String area, String dimension, @Column(name = "group_code") String groupCode)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public BigDecimal share;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public boolean illustrative;
}
