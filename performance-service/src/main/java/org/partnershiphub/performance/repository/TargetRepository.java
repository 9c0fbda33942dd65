package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.Target;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

    /** Targets matching the filters that are given (null = any). */
    public PanacheQuery<Target> filtered(UUID agreementId, String indicatorCode, String areaCode, UUID leadPartnershipId,
                                         String theme) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (agreementId != null) {
            q.append(" and agreementId = :agreement");
            params.and("agreement", agreementId);
        }
        if (indicatorCode != null) {
            q.append(" and indicatorCode = :indicator");
            params.and("indicator", indicatorCode);
        }
        if (areaCode != null) {
            q.append(" and areaCode = :area");
            params.and("area", areaCode);
        }
        if (leadPartnershipId != null) {
            q.append(" and leadPartnershipId = :lead");
            params.and("lead", leadPartnershipId);
        }
        if (theme != null) {
            q.append(" and theme = :theme");
            params.and("theme", theme);
        }
        return find(q.toString(), Sort.by("indicatorCode").and("areaCode").and("id"), params);
    }

    public boolean exists(UUID agreementId, String indicatorCode, String areaCode) {
        return count("agreementId = ?1 and indicatorCode = ?2 and areaCode = ?3", agreementId, indicatorCode, areaCode) > 0;
    }

    public List<Target> forIndicatorAndArea(String indicatorCode, String areaCode) {
        return list("indicatorCode = ?1 and areaCode = ?2", indicatorCode, areaCode);
    }

    public List<String> areaCodes() {
        return getEntityManager().createQuery("select distinct t.areaCode from Target t", String.class).getResultList();
    }
}
