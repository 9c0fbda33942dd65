package org.partnershiphub.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** An item's place in an edition; a removed item stays, excluded, so that drafting does not add it back. */
@Entity
@Table(name = "edition_item")
public class EditionItem {

    @Embeddable
    public record Key(@Column(name = "edition_id") UUID editionId, @Column(name = "item_id") UUID itemId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean included;
}
