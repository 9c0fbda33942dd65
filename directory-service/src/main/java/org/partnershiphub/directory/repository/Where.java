package org.partnershiphub.directory.repository;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;

/** AND-ed HQL conditions with their named parameters; a null value leaves its condition out. */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters params = new Parameters();

    Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.and(name, value);
        }
        return this;
    }

    String hql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    Parameters params() {
        return params;
    }
}
