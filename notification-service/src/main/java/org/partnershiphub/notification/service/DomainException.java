package org.partnershiphub.notification.service;

/** A rule of the notification service was broken; the REST layer turns it into problem+json. */
public class DomainException extends RuntimeException {

    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, UNPROCESSABLE }

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

    public static DomainException invalid(String field, String detail) {
        return new DomainException(Kind.UNPROCESSABLE, "Invalid " + field, detail, field);
    }

    public static DomainException badLink() {
        return new DomainException(Kind.FORBIDDEN, "Link invalid or expired",
                "This link is not valid or has expired; ask for a new one at /manage-links", "token");
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
