package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.Agreement;

import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    public PanacheQuery<Agreement> allByName() {
        return findAll(Sort.by("name").and("id"));
    }

    public boolean nameExists(String name) {
        return count("name", name) > 0;
    }

    public java.util.List<String> areaCodes() {
        return getEntityManager().createQuery("select distinct a.areaCode from Agreement a", String.class).getResultList();
    }
}
