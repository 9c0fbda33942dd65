package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.OutboxEvent;

import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /**
     * Locks the oldest unsent events for this transaction. Rows another relay instance holds are
     * skipped rather than waited for, so instances share the work and never send a row twice at once.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> claimUnsent(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_event where sent_at is null order by seq limit :limit "
                        + "for update skip locked", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }
}
