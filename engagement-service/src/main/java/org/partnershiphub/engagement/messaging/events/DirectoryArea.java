package org.partnershiphub.engagement.messaging.events;

/** What this service reads of directory-service's area.saved; other fields are ignored. */
public record DirectoryArea(String code, String name, String parentCode) {
}
