package org.partnershiphub.performance.service;

/** A rule of the service was broken; the REST layer turns it into problem+json. */
public class DomainException extends RuntimeException {

    public enum Kind { BAD_REQUEST, FORBIDDEN, NOT_FOUND, CONFLICT, UNPROCESSABLE }

    private final Kind kind;
    private final String title;
    private final String field;

    public DomainException(Kind kind, String title, String detail, String field) {
        super(detail);
        this.kind = kind;
        this.title = title;
        this.field = field;
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

    public static DomainException badRequest(String title, String detail, String field) {
        return new DomainException(Kind.BAD_REQUEST, title, detail, field);
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
}
