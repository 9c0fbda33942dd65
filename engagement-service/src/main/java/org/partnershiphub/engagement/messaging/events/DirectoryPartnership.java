package org.partnershiphub.engagement.messaging.events;

import java.util.List;
import java.util.UUID;

/** What this service reads of directory-service's partnership.* events; other fields are ignored. */
public record DirectoryPartnership(UUID id, String slug, String name, String status, List<String> areas,
                                   List<String> themes) {
}
