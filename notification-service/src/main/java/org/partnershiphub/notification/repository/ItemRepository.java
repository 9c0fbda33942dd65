package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.Item;
import org.partnershiphub.notification.service.Criteria;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ItemRepository implements PanacheRepositoryBase<Item, UUID> {

    /** Newest first, a page of items matching the criteria; pages count from 0. */
    @SuppressWarnings("unchecked")
    public List<Item> matching(Criteria criteria, int pageIndex, int perPage) {
        return CriteriaSql.bind(getEntityManager().createNativeQuery(
                        "select i.* from item i where " + CriteriaSql.ITEM_MATCHES
                                + " order by i.occurred_at desc, i.id limit :limit offset :offset", Item.class), criteria)
                .setParameter("limit", perPage).setParameter("offset", (long) pageIndex * perPage)
                .getResultList();
    }

    public long countMatching(Criteria criteria) {
        return ((Number) CriteriaSql.bind(getEntityManager().createNativeQuery(
                "select count(*) from item i where " + CriteriaSql.ITEM_MATCHES), criteria).getSingleResult()).longValue();
    }

    public List<Item> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public boolean fromEvent(String eventId) {
        return count("sourceEventId", eventId) > 0;
    }
}
