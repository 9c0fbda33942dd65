package org.partnershiphub.notification.rest;

/** The roles that may see subscriber data and edit the e-News. */
final class Roles {

    static final String BULLETIN_EDITOR = "bulletin-editor";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
