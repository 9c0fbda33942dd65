package org.partnershiphub.engagement.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where an engagement is in its life: planned → open → closed → outcome-published, or cancelled. */
public enum EngagementStatus {
    PLANNED("planned"), OPEN("open"), CLOSED("closed"), OUTCOME_PUBLISHED("outcome-published"), CANCELLED("cancelled");

    private final String code;

    EngagementStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The statuses this one may move to. */
    public List<EngagementStatus> next() {
        return switch (this) {
            case PLANNED -> List.of(OPEN, CANCELLED);
            case OPEN -> List.of(CLOSED, CANCELLED);
            case CLOSED -> List.of(OUTCOME_PUBLISHED);
            case OUTCOME_PUBLISHED, CANCELLED -> List.of();
        };
    }

    public static Optional<EngagementStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
