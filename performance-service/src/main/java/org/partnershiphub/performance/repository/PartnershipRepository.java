package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.PartnershipRecord;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<PartnershipRecord, UUID> {

    public PanacheQuery<PartnershipRecord> allByName() {
        return findAll(Sort.by("name").and("id"));
    }

    public Optional<PartnershipRecord> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
