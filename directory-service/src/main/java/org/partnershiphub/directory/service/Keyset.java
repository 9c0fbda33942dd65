package org.partnershiphub.directory.service;

import java.util.UUID;

/** Keyset paging over UUID ids, as PostgreSQL orders them (unsigned, byte by byte). */
final class Keyset {

    /** Sorts before every real id. */
    static final UUID FIRST_ID = new UUID(0, 0);

    private Keyset() {
    }

    static UUID after(UUID lastSeen) {
        return lastSeen == null ? FIRST_ID : lastSeen;
    }
}
