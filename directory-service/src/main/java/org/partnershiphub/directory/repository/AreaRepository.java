package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Area;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {

    /** Areas in code order; {@code afterCode} continues from a code already seen (null starts at the first). */
    public PanacheQuery<Area> filtered(String type, String parent, String q, String afterCode) {
        Where where = new Where()
                .and("type = :type", "type", type)
                .and("parentCode = :parent", "parent", parent)
                .and("lower(name) like :q", "q", q == null ? null : "%" + q.toLowerCase() + "%")
                .and("code > :after", "after", afterCode);
        return find(where.hql(), Sort.by("code"), where.params());
    }

    public Set<String> existingCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select a.code from Area a where a.code in :codes", String.class)
                .setParameter("codes", codes).getResultList());
    }

    /** The area and every area inside it, however deep. */
    @SuppressWarnings("unchecked")
    public List<String> withDescendants(String code) {
        return getEntityManager().createNativeQuery("""
                with recursive sub(code) as (
                    select code from area where code = :code
                    union all select a.code from area a join sub on a.parent_code = sub.code)
                select code from sub""").setParameter("code", code).getResultList();
    }

    /** The area and every area containing it, nearest first. */
    @SuppressWarnings("unchecked")
    public List<String> withAncestors(String code) {
        return getEntityManager().createNativeQuery("""
                with recursive up(code, parent_code, depth) as (
                    select code, parent_code, 0 from area where code = :code
                    union all select a.code, a.parent_code, up.depth + 1 from area a join up on a.code = up.parent_code
                    where up.depth < 20)
                select code from up order by depth""").setParameter("code", code).getResultList();
    }

    public List<Area> all() {
        return listAll(Sort.by("code"));
    }
}
