package org.partnershiphub.engagement.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.partnershiphub.engagement.service.EngagementService;
import org.partnershiphub.engagement.service.Vocabulary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads optional query parameters, answering 400 with the parameter's name when one cannot be read. */
final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name, name + " must be a date such as 2008-02-21, not '" + value + "'");
        }
    }

    /** The start of the day, in the partnerships' time zone. */
    static Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(EngagementService.ZONE).toInstant();
    }

    /** The end of the day (exclusive), so that to= includes the whole day. */
    static Instant endOf(LocalDate date) {
        return date == null ? null : date.plusDays(1).atStartOfDay(EngagementService.ZONE).toInstant();
    }

    static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw bad(name, name + " must be a UUID, not '" + value + "'");
        }
    }

    static String area(String value, String name) {
        String area = text(value);
        if (area != null && !Vocabulary.GSS_CODE.matcher(area).matches()) {
            throw bad(name, name + " must be an ONS GSS code such as E07000063, not '" + value + "'");
        }
        return area;
    }

    /** An optional code that must be one of {@code allowed}; answers 400 listing them otherwise. */
    static String code(String value, String name, java.util.Collection<String> allowed) {
        String code = text(value);
        if (code != null && !allowed.contains(code)) {
            throw bad(name, "'" + value + "' is not a " + name + "; use one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return code;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw bad("to", "to must not be before from");
        }
    }

    static HttpProblem bad(String parameter, String detail) {
        return HttpProblem.builder().withStatus(400).withTitle("Bad query parameter").withDetail(detail)
                .with("parameter", parameter).build();
    }
}
