package org.partnershiphub.engagement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.engagement.domain.PopulationShare;

import java.util.List;

@ApplicationScoped
public class PopulationShareRepository implements PanacheRepositoryBase<PopulationShare, PopulationShare.Key> {

    public List<PopulationShare> forArea(String area) {
        return list("key.area = ?1 order by key.dimension, key.groupCode", area);
    }

    public long deleteForArea(String area) {
        return delete("key.area", area);
    }
}
