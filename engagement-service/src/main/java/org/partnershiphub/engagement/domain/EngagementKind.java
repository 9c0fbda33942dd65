package org.partnershiphub.engagement.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

public enum EngagementKind {
    CONSULTATION("consultation"), SURVEY("survey"), PUBLIC_MEETING("public-meeting"), WORKSHOP("workshop"),
    CONFERENCE("conference"), FORUM("forum"), AWAY_DAY("away-day"), OTHER("other");

    public static final String CODES = "consultation, survey, public-meeting, workshop, conference, forum, away-day, other";

    private final String code;

    EngagementKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** Consultations and surveys ask for views over a period; the others are events people attend. */
    public boolean asksForViews() {
        return this == CONSULTATION || this == SURVEY;
    }

    public static Optional<EngagementKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
