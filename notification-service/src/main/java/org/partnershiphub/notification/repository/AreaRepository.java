package org.partnershiphub.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.notification.domain.Area;

import java.util.List;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {

    public List<Area> byName() {
        return listAll(Sort.ascending("name"));
    }
}
