package org.partnershiphub.directory.rest;

import org.partnershiphub.directory.service.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Parses optional query parameters, naming the parameter when a value cannot be read. */
final class Params {

    private Params() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest("Invalid date", name + " must be a date as YYYY-MM-DD, e.g. 2026-04-01", name);
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                throw DomainException.badRequest("Invalid time",
                        name + " must be an ISO 8601 instant such as 2026-11-22T09:30:00Z, or a date", name);
            }
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("Invalid id", name + " must be a UUID", name);
        }
    }

    static String oneOf(String name, String value, String... allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw DomainException.badRequest("Invalid " + name, name + " must be one of " + String.join(", ", allowed), name);
    }

    static boolean ndjson(String format) {
        if (format == null || format.isBlank() || "json".equals(format)) {
            return false;
        }
        if ("ndjson".equals(format)) {
            return true;
        }
        throw DomainException.badRequest("Invalid format", "format must be json or ndjson", "format");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
