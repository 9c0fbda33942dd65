package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.Subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    public List<Subscription> ofSubscriber(UUID subscriberId) {
        return list("subscriberId", Sort.ascending("createdAt").and("id"), subscriberId);
    }

    public int cancelAllOf(UUID subscriberId, Instant now) {
        return update("status = 'cancelled', cancelledAt = ?2 where subscriberId = ?1 and status <> 'cancelled'",
                subscriberId, now);
    }

    public long deleteAllOf(UUID subscriberId) {
        return delete("subscriberId", subscriberId);
    }
}
