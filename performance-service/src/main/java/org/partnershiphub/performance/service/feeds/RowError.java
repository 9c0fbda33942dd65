package org.partnershiphub.performance.service.feeds;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a row was not taken. */
@Schema(name = "FeedRowError")
public record RowError(
        @Schema(description = "Line of the CSV file (the header is line 1) or position in the JSON rows array (from 1)", examples = "7")
        int line,
        @Schema(enumeration = {"MISSING_FIELD", "UNKNOWN_INDICATOR", "UNKNOWN_AREA", "BAD_PERIOD", "NOT_A_NUMBER",
                "BAD_STATUS", "DUPLICATE_ROW", "LOCKED_PERIOD", "BAD_ROW"}, examples = "UNKNOWN_INDICATOR")
        String code,
        @Schema(examples = "No indicator has the code 'NI 999'")
        String message) {

    public static final String MISSING_FIELD = "MISSING_FIELD";
    public static final String UNKNOWN_INDICATOR = "UNKNOWN_INDICATOR";
    public static final String UNKNOWN_AREA = "UNKNOWN_AREA";
    public static final String BAD_PERIOD = "BAD_PERIOD";
    public static final String NOT_A_NUMBER = "NOT_A_NUMBER";
    public static final String BAD_STATUS = "BAD_STATUS";
    public static final String DUPLICATE_ROW = "DUPLICATE_ROW";
    public static final String LOCKED_PERIOD = "LOCKED_PERIOD";
    public static final String BAD_ROW = "BAD_ROW";
}
