package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public PanacheQuery<Meeting> filtered(UUID partnership, Collection<UUID> partnershipsInArea, String status,
                                          Boolean isPublic, Instant from, Instant to, Instant modifiedAfter, UUID after) {
        Where where = new Where()
                .and("partnershipId = :partnership", "partnership", partnership)
                .and("partnershipId in :inArea", "inArea", partnershipsInArea)
                .and("status = :status", "status", status)
                .and("isPublic = :isPublic", "isPublic", isPublic)
                .and("endsAt >= :from", "from", from)
                .and("startsAt < :to", "to", to)
                .and("updatedAt > :modifiedAfter", "modifiedAfter", modifiedAfter)
                .and("id > :after", "after", after);
        return find(where.hql(), after != null ? Sort.by("id") : Sort.by("startsAt").and("id"), where.params());
    }

    /** Public meetings of these partnerships from a given time, for calendar feeds. */
    public List<Meeting> publicOf(Collection<UUID> partnershipIds, Instant from) {
        return partnershipIds.isEmpty() ? List.of()
                : list("partnershipId in ?1 and isPublic = true and endsAt >= ?2 order by startsAt, id", partnershipIds, from);
    }

    public boolean existsFor(UUID partnershipId) {
        return count("partnershipId", partnershipId) > 0;
    }
}
