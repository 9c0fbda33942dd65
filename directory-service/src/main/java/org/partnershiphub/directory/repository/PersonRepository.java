package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Person;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public PanacheQuery<Person> filtered(String q, Instant modifiedAfter, UUID after) {
        Where where = new Where()
                .and("lower(name) like :q", "q", q == null ? null : "%" + q.toLowerCase() + "%")
                .and("updatedAt > :modifiedAfter", "modifiedAfter", modifiedAfter)
                .and("id > :after", "after", after);
        return find(where.hql(), after != null ? Sort.by("id") : Sort.by("name").and("id"), where.params());
    }

    public Set<UUID> existingIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select p.id from Person p where p.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    public List<Person> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Person> all() {
        return list("order by name, id");
    }

    public boolean hasEmail(String email) {
        return count("lower(email) = ?1", email.toLowerCase()) > 0;
    }
}
