package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.Edition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EditionRepository implements PanacheRepositoryBase<Edition, UUID> {

    public Optional<Edition> ofMonth(String month) {
        return find("month", month).firstResultOptional();
    }

    /** Creates the month's draft unless it exists, safely when two consumers race for it. */
    public void createDraftIfAbsent(String month, String title, Instant now) {
        getEntityManager().createNativeQuery("insert into edition (id, month, title, status, created_at, updated_at)"
                        + " values (gen_random_uuid(), :month, :title, 'draft', :now, :now) on conflict (month) do nothing")
                .setParameter("month", month).setParameter("title", title).setParameter("now", now).executeUpdate();
    }

    public PanacheQuery<Edition> sentNewestFirst() {
        return find("status", Sort.descending("month"), Edition.SENT);
    }

    public List<Edition> dueToSend(Instant now) {
        return list("status = ?1 and sendAt <= ?2", Edition.APPROVED, now);
    }
}
