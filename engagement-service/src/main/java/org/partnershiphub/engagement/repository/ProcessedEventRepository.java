package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.engagement.domain.ProcessedEvent;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, String> {

    public boolean handled(String eventId) {
        return count("id", eventId) > 0;
    }
}
