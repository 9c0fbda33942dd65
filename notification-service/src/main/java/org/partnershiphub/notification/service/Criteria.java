package org.partnershiphub.notification.service;

import org.partnershiphub.notification.messaging.events.ItemEvent;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a subscription, webhook or feed asks for: any of each listed dimension, all listed dimensions.
 * An empty list matches everything. Area codes cover their sub-areas.
 */
public record Criteria(List<String> themes, List<String> areas, List<String> partnerships, List<String> kinds) {

    public static final Set<String> THEMES = Set.of(
            "economy-jobs-prosperity", "transport-access-communications", "housing", "environment-climate-change",
            "education-learning-skills", "health-wellbeing", "community-safety", "community-strength-leadership",
            "culture-sports-leisure", "older-people", "children-young-people", "reducing-inequalities",
            "being-sustainable", "effective-services");

    private static final Pattern GSS = Pattern.compile("[EWSNK]\\d{8}");

    public static final Criteria ANY = new Criteria(List.of(), List.of(), List.of(), List.of());

    public Criteria {
        themes = clean(themes);
        areas = clean(areas);
        partnerships = clean(partnerships);
        kinds = clean(kinds);
    }

    /** Checks every code, naming the field at fault. */
    public Criteria validated() {
        for (String theme : themes) {
            if (!THEMES.contains(theme)) {
                throw DomainException.invalid("themes", "Unknown theme '" + theme + "'; use one of " + sorted(THEMES));
            }
        }
        for (String area : areas) {
            if (!GSS.matcher(area).matches()) {
                throw DomainException.invalid("areas", "'" + area + "' is not a GSS area code such as E07000063");
            }
        }
        for (String partnership : partnerships) {
            try {
                UUID.fromString(partnership);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("partnerships", "'" + partnership + "' is not a partnership id (a UUID)");
            }
        }
        for (String kind : kinds) {
            if (!ItemEvent.HEADLINES.containsKey(kind)) {
                throw DomainException.invalid("kinds", "Unknown item kind '" + kind + "'; use one of "
                        + sorted(ItemEvent.HEADLINES.keySet()));
            }
        }
        return this;
    }

    /** Comma-separated query parameters, as the item list and feeds take them. */
    public static Criteria fromQuery(String themes, String areas, String partnerships, String kinds) {
        return new Criteria(split(themes), split(areas), split(partnerships), split(kinds)).validated();
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct().toList();
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
