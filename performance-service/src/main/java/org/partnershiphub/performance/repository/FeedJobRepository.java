package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.FeedJob;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FeedJobRepository implements PanacheRepositoryBase<FeedJob, UUID> {

    /** Jobs a stop interrupted, to run again on start. */
    public List<FeedJob> unfinished() {
        return list("status in ('queued', 'running')");
    }

    public void progress(UUID id, int rowsDone) {
        update("rowsDone = ?1 where id = ?2", rowsDone, id);
    }
}
