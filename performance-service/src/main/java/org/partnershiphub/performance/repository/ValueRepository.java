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

    /** A stored value as a feed compares with it. */
    public record Stored(UUID id, java.math.BigDecimal value, String status) {
    }

    /** indicator|area|period → stored value, for every value of the given indicators, without loading entities. */
    public java.util.Map<String, Stored> storedFor(Collection<String> indicatorCodes) {
        java.util.Map<String, Stored> result = new java.util.HashMap<>();
        if (indicatorCodes.isEmpty()) {
            return result;
        }
        getEntityManager().createQuery("select v.indicatorCode, v.areaCode, v.period, v.id, v.value, v.status "
                        + "from IndicatorValue v where v.indicatorCode in :codes", Object[].class)
                .setParameter("codes", indicatorCodes)
                .getResultStream()
                .forEach(r -> result.put(r[0] + "|" + r[1] + "|" + r[2],
                        new Stored((UUID) r[3], (java.math.BigDecimal) r[4], (String) r[5])));
        return result;
    }

    /** indicator|area keys that have a value for the period. */
    public List<String> keysWithValueFor(String period) {
        return getEntityManager().createQuery(
                        "select v.indicatorCode || '|' || v.areaCode from IndicatorValue v where v.period = :period", String.class)
                .setParameter("period", period).getResultList();
    }
}
