package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.Subscriber;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SubscriberRepository implements PanacheRepositoryBase<Subscriber, UUID> {

    public Optional<Subscriber> byEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    public PanacheQuery<Subscriber> newestFirst() {
        return findAll(Sort.descending("createdAt").and("id"));
    }
}
