package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.GlossaryTerm;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GlossaryRepository implements PanacheRepositoryBase<GlossaryTerm, UUID> {

    public PanacheQuery<GlossaryTerm> filtered(String q, String theme, UUID partnership, Instant modifiedAfter, UUID after) {
        Where where = new Where()
                .and("(lower(term) like :q or lower(expansion) like :q or lower(definition) like :q)", "q",
                        q == null ? null : "%" + q.toLowerCase() + "%")
                .and(":theme member of themeCodes", "theme", theme)
                .and(":partnership member of partnershipIds", "partnership", partnership)
                .and("updatedAt > :modifiedAfter", "modifiedAfter", modifiedAfter)
                .and("id > :after", "after", after);
        return find(where.hql(), after != null ? Sort.by("id") : Sort.by("term").and("id"), where.params());
    }

    public Optional<GlossaryTerm> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public boolean slugExists(String slug) {
        return count("slug", slug) > 0;
    }
}
