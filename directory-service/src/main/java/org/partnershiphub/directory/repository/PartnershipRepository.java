package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Partnership;

import java.util.UUID;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    public boolean slugExists(String slug) {
        return count("slug", slug) > 0;
    }

    public PanacheQuery<Partnership> allByName() {
        return findAll(Sort.by("name").and("id"));
    }
}
