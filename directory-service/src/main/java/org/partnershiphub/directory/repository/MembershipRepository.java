package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    public PanacheQuery<Membership> filtered(UUID partnership, UUID person, UUID organisation, String role,
                                             LocalDate asAt, Instant modifiedAfter, UUID after) {
        Where where = new Where()
                .and("partnershipId = :partnership", "partnership", partnership)
                .and("personId = :person", "person", person)
                .and("organisationId = :organisation", "organisation", organisation)
                .and("role = :role", "role", role)
                .and("startsOn <= :asAt and (endsOn is null or endsOn >= :asAt)", "asAt", asAt)
                .and("updatedAt > :modifiedAfter", "modifiedAfter", modifiedAfter)
                .and("id > :after", "after", after);
        return find(where.hql(), after != null ? Sort.by("id") : Sort.by("startsOn").and("id"), where.params());
    }

    /** Another membership of the same post whose period shares at least one day with [startsOn, endsOn]. */
    public boolean overlapsOnPost(UUID postId, LocalDate startsOn, LocalDate endsOn, UUID exceptId) {
        return count("postId = ?1 and id <> ?2 and (endsOn is null or endsOn >= ?3) and startsOn <= ?4",
                postId, exceptId, startsOn, endsOn == null ? LocalDate.of(9999, 12, 31) : endsOn) > 0;
    }

    public List<Membership> currentIn(Collection<UUID> partnershipIds, LocalDate day) {
        return partnershipIds.isEmpty() ? List.of()
                : list("partnershipId in ?1 and startsOn <= ?2 and (endsOn is null or endsOn >= ?2)", partnershipIds, day);
    }

    public boolean existsFor(UUID partnershipId) {
        return count("partnershipId", partnershipId) > 0;
    }

    public List<Membership> all() {
        return list("order by partnershipId, startsOn, id");
    }
}
