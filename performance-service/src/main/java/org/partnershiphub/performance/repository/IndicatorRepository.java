package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.Indicator;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    public PanacheQuery<Indicator> allByCode() {
        return findAll(Sort.by("code"));
    }
}
