package org.partnershiphub.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.partnershiphub.directory.domain.Tombstone;
import org.partnershiphub.directory.repository.TombstoneRepository;

import java.time.Instant;
import java.util.List;

/** Records deletions so incremental sync can report them. */
@ApplicationScoped
class Tombstones {

    private final TombstoneRepository repository;

    Tombstones(TombstoneRepository repository) {
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(String resource, Object id) {
        Tombstone t = new Tombstone();
        t.key = new Tombstone.Key(resource, id.toString());
        t.deletedAt = Instant.now();
        repository.getEntityManager().merge(t);
    }

    /** The deletions since a time, or null when the caller did not ask for incremental sync. */
    List<PageSlice.Deletion> since(String resource, Instant modifiedAfter) {
        if (modifiedAfter == null) {
            return null;
        }
        return repository.since(resource, modifiedAfter).stream()
                .map(t -> new PageSlice.Deletion(t.key.id(), t.deletedAt)).toList();
    }
}
