package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public PanacheQuery<Organisation> filtered(String sector, String dutyKind, String q, Instant modifiedAfter,
                                               UUID after, boolean newestFirst) {
        Where where = new Where()
                .and("sector = :sector", "sector", sector)
                .and("dutyKind = :dutyKind", "dutyKind", dutyKind)
                .and("id in :matching", "matching", q == null ? null : matching(q))
                .and("updatedAt > :modifiedAfter", "modifiedAfter", modifiedAfter)
                .and("id > :after", "after", after);
        Sort sort = after != null ? Sort.by("id") : newestFirst ? Sort.descending("updatedAt").and("id") : Sort.by("name").and("id");
        return find(where.hql(), sort, where.params());
    }

    /** Full-text match on the name (GIN-indexed); an empty match still filters everything out. */
    @SuppressWarnings("unchecked")
    private List<UUID> matching(String q) {
        List<UUID> ids = getEntityManager().createNativeQuery(
                        "select id from organisation where search @@ websearch_to_tsquery('english', :q)", UUID.class)
                .setParameter("q", q).getResultList();
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    public boolean slugExists(String slug) {
        return count("slug", slug) > 0;
    }

    public Set<UUID> existingIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select o.id from Organisation o where o.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    public List<Organisation> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Organisation> all() {
        return list("order by name, id");
    }
}
