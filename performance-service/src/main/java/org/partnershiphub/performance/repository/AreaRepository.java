package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.Area;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {
}
