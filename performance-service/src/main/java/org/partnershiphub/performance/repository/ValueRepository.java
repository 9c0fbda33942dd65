package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.IndicatorValue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ValueRepository implements PanacheRepositoryBase<IndicatorValue, UUID> {

    public PanacheQuery<IndicatorValue> filtered(String indicatorCode, String areaCode, String period) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (indicatorCode != null) {
            q.append(" and indicatorCode = :indicator");
            params.and("indicator", indicatorCode);
        }
        if (areaCode != null) {
            q.append(" and areaCode = :area");
            params.and("area", areaCode);
        }
        if (period != null) {
            q.append(" and period = :period");
            params.and("period", period);
        }
        return find(q.toString(), Sort.by("indicatorCode").and("areaCode").and("period"), params);
    }

    public Optional<IndicatorValue> findByKey(String indicatorCode, String areaCode, String period) {
        return find("indicatorCode = ?1 and areaCode = ?2 and period = ?3", indicatorCode, areaCode, period)
                .firstResultOptional();
    }

    public List<IndicatorValue> forIndicatorAndArea(String indicatorCode, String areaCode) {
        return list("indicatorCode = ?1 and areaCode = ?2", indicatorCode, areaCode);
    }

    /** Every value of the given indicators, for matching a feed against what is stored in one query. */
    public List<IndicatorValue> forIndicators(Collection<String> indicatorCodes) {
        return indicatorCodes.isEmpty() ? List.of() : list("indicatorCode in ?1", indicatorCodes);
    }

    /** indicator|area keys that have a value for the period. */
    public List<String> keysWithValueFor(String period) {
        return getEntityManager().createQuery(
                        "select v.indicatorCode || '|' || v.areaCode from IndicatorValue v where v.period = :period", String.class)
                .setParameter("period", period).getResultList();
    }
}
