package org.partnershiphub.notification.repository;

import jakarta.persistence.Query;
import org.partnershiphub.notification.service.Criteria;

/** Binds criteria to the database's {@code criteria_match} function (codes never contain commas). */
final class CriteriaSql {

    /** Matches the item aliased {@code i} against the bound criteria. */
    static final String ITEM_MATCHES = "criteria_match(string_to_array(:themes, ','), string_to_array(:areas, ','), "
            + "string_to_array(:partnerships, ','), string_to_array(:kinds, ','), "
            + "i.themes, i.areas, i.partnership_ids, i.kind)";

    /** Matches the item {@code i} against the criteria columns of the row aliased {@code alias}. */
    static String rowMatchesItem(String alias) {
        return "criteria_match(" + alias + ".themes, " + alias + ".areas, " + alias + ".partnerships, " + alias
                + ".kinds, i.themes, i.areas, i.partnership_ids, i.kind)";
    }

    static Query bind(Query query, Criteria criteria) {
        return query.setParameter("themes", String.join(",", criteria.themes()))
                .setParameter("areas", String.join(",", criteria.areas()))
                .setParameter("partnerships", String.join(",", criteria.partnerships()))
                .setParameter("kinds", String.join(",", criteria.kinds()));
    }

    private CriteriaSql() {
    }
}
