package org.partnershiphub.directory.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** The kinds of partnership in a two-tier county. */
public enum PartnershipType {
    COUNTY_LSP("county-lsp"),
    DISTRICT_LSP("district-lsp"),
    AREA_SUB_PARTNERSHIP("area-sub-partnership"),
    THEMATIC_PARTNERSHIP("thematic-partnership"),
    OTHER("other");

    private final String code;

    PartnershipType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The type with this code; callers validate the code first (see {@code PartnershipRequest}). */
    public static PartnershipType fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no partnership type " + code));
    }
}
