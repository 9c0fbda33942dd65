package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.engagement.domain.AreaRef;

import java.util.List;

@ApplicationScoped
public class AreaRefRepository implements PanacheRepositoryBase<AreaRef, String> {

    /** The codes of the areas that contain this one, nearest first. */
    @SuppressWarnings("unchecked")
    public List<String> ancestors(String code) {
        return getEntityManager().createNativeQuery("""
                        with recursive up(code, depth) as (
                            select parent_code, 1 from area_ref where code = :code and parent_code is not null
                            union
                            select a.parent_code, up.depth + 1 from area_ref a join up on a.code = up.code
                            where a.parent_code is not null and up.depth < 10
                        )
                        select code from up order by depth""", String.class)
                .setParameter("code", code)
                .getResultList();
    }
}
