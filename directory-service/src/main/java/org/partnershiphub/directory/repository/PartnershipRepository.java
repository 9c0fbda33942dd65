package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import org.partnershiphub.directory.domain.Partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    /** What a partnership list can be narrowed by; every non-null criterion must hold. */
    public record Criteria(String area, boolean includeSubAreas, String theme, String type, String status,
                           String q, Boolean statutory, UUID parent, Instant modifiedAfter, LocalDate asAt,
                           String sort, UUID after) {
    }

    private static final Map<String, String> ORDER = Map.of(
            "name", "p.name asc", "-name", "p.name desc",
            "updated_at", "p.updated_at asc", "-updated_at", "p.updated_at desc",
            "established_on", "p.established_on asc nulls first", "-established_on", "p.established_on desc nulls last",
            "type", "p.type asc, p.name asc", "-type", "p.type desc, p.name asc");

    public static Set<String> sorts() {
        return ORDER.keySet();
    }

    public boolean slugExists(String slug) {
        return count("slug", slug) > 0;
    }

    public Set<UUID> existingIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select p.id from Partnership p where p.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    /** Whether other partnerships sit under this one or report to it. */
    public boolean hasChildrenOrLinks(UUID id) {
        Number linked = (Number) getEntityManager()
                .createNativeQuery("select count(*) from partnership_lsp where lsp_id = :id")
                .setParameter("id", id).getSingleResult();
        return count("parentId = ?1", id) > 0 || linked.longValue() > 0;
    }

    /** The ids of one page of matches, in order, in one statement. */
    @SuppressWarnings("unchecked")
    public List<UUID> searchIds(Criteria c, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(c, params);
        String order;
        if (c.after() != null) {
            where += " and p.id > :after";
            params.put("after", c.after());
            order = "p.id";
        } else if (c.sort() != null) {
            order = ORDER.get(c.sort()) + ", p.id";
        } else if (c.q() != null) {
            order = "ts_rank(p.search, websearch_to_tsquery('english', :q)) desc, p.name, p.id";
        } else {
            order = "p.name, p.id";
        }
        Query query = getEntityManager().createNativeQuery(
                "select p.id from partnership p where " + where + " order by " + order, UUID.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countMatches(Criteria c) {
        Map<String, Object> params = new HashMap<>();
        Query query = getEntityManager().createNativeQuery("select count(*) from partnership p where " + where(c, params));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The partnerships with these ids, in the given order; their collections come in batches, not one by one. */
    public List<Partnership> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Partnership> byId = new LinkedHashMap<>();
        list("id in ?1", ids).forEach(p -> byId.put(p.id, p));
        List<Partnership> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> {
            Partnership p = byId.get(id);
            if (p != null) {
                ordered.add(p);
            }
        });
        return ordered;
    }

    public List<Partnership> allByName() {
        return list("order by name, id");
    }

    public List<Partnership> withTheme(String theme) {
        return list("select p from Partnership p join p.themeCodes t where t = ?1 order by p.type, p.name", theme);
    }

    public List<Partnership> servingAny(Collection<String> areas) {
        return list("select distinct p from Partnership p join p.areaCodes a where a in ?1", areas);
    }

    public List<Partnership> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    private static String where(Criteria c, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (c.area() != null) {
            params.put("area", c.area());
            clauses.add(c.includeSubAreas()
                    ? "exists (select 1 from partnership_area pa where pa.partnership_id = p.id and pa.area_code in ("
                    + "with recursive sub(code) as (select a0.code from area a0 where a0.code = :area "
                    + "union all select a.code from area a join sub on a.parent_code = sub.code) select code from sub))"
                    : "exists (select 1 from partnership_area pa where pa.partnership_id = p.id and pa.area_code = :area)");
        }
        if (c.theme() != null) {
            params.put("theme", c.theme());
            clauses.add("exists (select 1 from partnership_theme pt where pt.partnership_id = p.id and pt.theme_code = :theme)");
        }
        if (c.type() != null) {
            params.put("type", c.type());
            clauses.add("p.type = :type");
        }
        if (c.asAt() != null) {
            params.put("asAt", c.asAt());
            clauses.add("coalesce(p.established_on, cast(p.created_at as date)) <= :asAt");
            if (c.status() != null) {
                clauses.add(Partnership.DISSOLVED.equals(c.status())
                        ? "p.dissolved_on <= :asAt" : "(p.dissolved_on is null or p.dissolved_on > :asAt)");
            }
        } else if (c.status() != null) {
            params.put("status", c.status());
            clauses.add("p.status = :status");
        }
        if (c.q() != null) {
            params.put("q", c.q());
            clauses.add("p.search @@ websearch_to_tsquery('english', :q)");
        }
        if (c.statutory() != null) {
            params.put("statutory", c.statutory());
            clauses.add("p.statutory = :statutory");
        }
        if (c.parent() != null) {
            params.put("parent", c.parent());
            clauses.add("p.parent_id = :parent");
        }
        if (c.modifiedAfter() != null) {
            params.put("modifiedAfter", c.modifiedAfter());
            clauses.add("p.updated_at > :modifiedAfter");
        }
        return String.join(" and ", clauses);
    }
}
