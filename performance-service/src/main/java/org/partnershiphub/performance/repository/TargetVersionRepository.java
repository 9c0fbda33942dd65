package org.partnershiphub.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.performance.domain.TargetVersion;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TargetVersionRepository implements PanacheRepositoryBase<TargetVersion, UUID> {

    public List<TargetVersion> ofTarget(UUID targetId) {
        return list("targetId", Sort.by("version"), targetId);
    }

    public List<TargetVersion> ofTargets(Collection<UUID> targetIds) {
        return targetIds.isEmpty() ? List.of() : list("targetId in ?1", Sort.by("version"), targetIds);
    }
}
