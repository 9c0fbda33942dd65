package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.engagement.domain.Outcome;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<Outcome, UUID> {

    public List<Outcome> recentlyPublished(int limit) {
        return find("publishedOn is not null order by publishedOn desc, updatedAt desc").page(0, limit).list();
    }
}
