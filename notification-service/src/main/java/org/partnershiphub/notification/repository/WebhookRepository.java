package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.Webhook;

import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public PanacheQuery<Webhook> newestFirst() {
        return findAll(Sort.descending("createdAt").and("id"));
    }

    public boolean existsForUrl(String url) {
        return count("url", url) > 0;
    }
}
