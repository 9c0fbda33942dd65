package org.partnershiphub.performance.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Red, amber or green against the trajectory. */
public enum Rag {
    GREEN, AMBER, RED;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }
}
