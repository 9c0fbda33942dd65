package org.partnershiphub.engagement.service;

import java.util.Map;

/** A rule of engagement-service was broken; the REST layer turns it into problem+json. */
public class DomainException extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT, UNPROCESSABLE }

    private final Kind kind;
    private final String title;
    private final String field;
    private final Map<String, Object> extras;

    public DomainException(Kind kind, String title, String detail, String field) {
        this(kind, title, detail, field, Map.of());
    }

    public DomainException(Kind kind, String title, String detail, String field, Map<String, Object> extras) {
        super(detail);
        this.kind = kind;
        this.title = title;
        this.field = field;
        this.extras = Map.copyOf(extras);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, what + " not found", "No " + what.toLowerCase() + " has id " + id, null);
    }

    public static DomainException conflict(String title, String detail, String field) {
        return new DomainException(Kind.CONFLICT, title, detail, field);
    }

    public static DomainException unprocessable(String title, String detail, String field) {
        return new DomainException(Kind.UNPROCESSABLE, title, detail, field);
    }

    /** The same problem, explained differently. */
    public DomainException withDetail(String detail) {
        return new DomainException(kind, title, detail, field, extras);
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** The request field at fault, if one is. */
    public String field() {
        return field;
    }

    /** Further problem members, e.g. the transitions that are allowed. */
    public Map<String, Object> extras() {
        return extras;
    }
}
