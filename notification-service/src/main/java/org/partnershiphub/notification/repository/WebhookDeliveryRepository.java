package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.WebhookDelivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** One delivery per active webhook whose criteria the item matches. */
    public int queueFor(UUID itemId) {
        return getEntityManager().createNativeQuery(
                        "insert into webhook_delivery (id, webhook_id, item_id, status, attempts, next_attempt_at, created_at)"
                                + " select gen_random_uuid(), w.id, i.id, 'pending', 0, now(), now()"
                                + " from webhook w join item i on i.id = :item where w.status = 'active' and "
                                + CriteriaSql.rowMatchesItem("w") + " on conflict do nothing")
                .setParameter("item", itemId).executeUpdate();
    }

    /** Due deliveries, hidden from other senders until {@code leaseUntil} while this one tries them. */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(int limit, Instant now, Instant leaseUntil) {
        List<UUID> ids = getEntityManager().createNativeQuery(
                        "select id from webhook_delivery where status = 'pending' and next_attempt_at <= :now"
                                + " order by next_attempt_at, id limit :limit for update skip locked", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        if (!ids.isEmpty()) {
            update("nextAttemptAt = ?1 where id in ?2", leaseUntil, ids);
        }
        return ids;
    }

    public PanacheQuery<WebhookDelivery> ofWebhook(UUID webhookId) {
        return find("webhookId", Sort.descending("createdAt").and("id"), webhookId);
    }

    public int failPendingOf(UUID webhookId, String reason) {
        return update("status = 'failed', lastError = ?2 where webhookId = ?1 and status = 'pending'", webhookId, reason);
    }
}
