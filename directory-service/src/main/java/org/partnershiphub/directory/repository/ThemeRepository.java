package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Theme;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<Theme, String> {

    public PanacheQuery<Theme> filtered(String kind) {
        return kind == null ? findAll(Sort.by("kind").and("code")) : find("kind", Sort.by("code"), kind);
    }

    public List<Theme> all() {
        return listAll(Sort.by("kind").and("code"));
    }

    public Set<String> existingCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select t.code from Theme t where t.code in :codes", String.class)
                .setParameter("codes", codes).getResultList());
    }
}
