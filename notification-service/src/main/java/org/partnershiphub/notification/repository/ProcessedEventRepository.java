package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.ProcessedEvent;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, String> {

    public boolean handled(String eventId) {
        return count("eventId", eventId) > 0;
    }
}
