package org.partnershiphub.directory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.partnershiphub.directory.domain.Tombstone;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class TombstoneRepository implements PanacheRepositoryBase<Tombstone, Tombstone.Key> {

    public List<Tombstone> since(String resource, Instant after) {
        return list("key.resource = ?1 and deletedAt > ?2 order by deletedAt", resource, after);
    }
}
