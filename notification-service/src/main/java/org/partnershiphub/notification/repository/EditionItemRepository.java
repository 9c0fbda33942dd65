package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.EditionItem;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EditionItemRepository implements PanacheRepositoryBase<EditionItem, EditionItem.Key> {

    public List<EditionItem> ofEdition(UUID editionId) {
        return list("key.editionId", Sort.ascending("position"), editionId);
    }

    /** Appends the item at the end unless the edition has it already (included or removed). */
    public void appendIfAbsent(UUID editionId, UUID itemId) {
        getEntityManager().createNativeQuery("insert into edition_item (edition_id, item_id, position, included)"
                        + " select :e, :i, coalesce(max(position), 0) + 1, true from edition_item where edition_id = :e"
                        + " on conflict do nothing")
                .setParameter("e", editionId).setParameter("i", itemId).executeUpdate();
    }
}
