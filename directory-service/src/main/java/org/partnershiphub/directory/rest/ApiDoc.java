package org.partnershiphub.directory.rest;

/** Descriptions shared by the OpenAPI annotations of several resources. */
final class ApiDoc {

    static final String PAGE = "Page number, counting from 1";
    static final String PER_PAGE = "Items per page, 1 to 100";
    static final String MODIFIED_AFTER = "Incremental sync: only records changed after this instant (ISO 8601); "
            + "the envelope then lists deleted ids since then in `deleted`";
    static final String FORMAT = "`ndjson` streams the whole matching collection, one JSON object a line, without paging";
    static final String AS_AT = "Show the records as they stood on this day (YYYY-MM-DD)";
    static final String LIST_OK = "A page in the standard envelope, with Link headers (first, prev, next, last), "
            + "ETag and Cache-Control; application/x-ndjson when format=ndjson";
    static final String NOT_MODIFIED = "The client's copy (If-None-Match) is current";
    static final String BAD_REQUEST = "A parameter or field fails validation; problem+json names it";
    static final String UNAUTHORIZED = "No valid bearer token";
    static final String FORBIDDEN = "The token lacks the directory-editor or admin role";
    static final String UNPROCESSABLE = "A rule is broken or a referenced id is unknown; problem+json names the field";
    static final String TOO_MANY = "Over the rate limit; Retry-After says how many seconds to wait";
    static final String EDITOR = "directory-editor";
    static final String ADMIN = "admin";

    private ApiDoc() {
    }
}
