package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.ValueChange;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ValueChangeRepository implements PanacheRepository<ValueChange> {

    public List<ValueChange> ofValue(UUID valueId) {
        return list("valueId", Sort.by("id"), valueId);
    }
}
