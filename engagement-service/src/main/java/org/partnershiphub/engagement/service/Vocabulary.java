package org.partnershiphub.engagement.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The shared codes this service checks requests against (themes from the directory's taxonomy). */
public final class Vocabulary {

    public static final Pattern GSS_CODE = Pattern.compile("[EWSN]\\d{8}");

    public static final Set<String> THEMES = Set.of(
            "economy-jobs-prosperity", "transport-access-communications", "housing", "environment-climate-change",
            "education-learning-skills", "health-wellbeing", "community-safety", "community-strength-leadership",
            "culture-sports-leisure", "older-people", "children-young-people", "reducing-inequalities",
            "being-sustainable", "effective-services");

    public static final List<String> POPULATION_GROUPS = List.of("older-people", "children-young-people");

    /** Audience code → the kind of audience it is. */
    public static final Map<String, String> AUDIENCES = audiences();

    private Vocabulary() {
    }

    private static Map<String, String> audiences() {
        Map<String, String> audiences = new LinkedHashMap<>();
        audiences.put("residents", "general");
        POPULATION_GROUPS.forEach(g -> audiences.put(g, "population-group"));
        for (String sector : List.of("public-sector", "private-sector", "business", "community-sector",
                "voluntary-sector", "faith-groups", "elected-members")) {
            audiences.put(sector, "sector");
        }
        for (String group : List.of("disabled-people", "black-minority-ethnic", "gypsies-travellers", "migrant-workers",
                "carers", "lgbt-people", "rural-residents", "people-on-low-incomes", "young-offenders",
                "people-with-learning-disabilities")) {
            audiences.put(group, "seldom-heard");
        }
        return Map.copyOf(audiences);
    }

    public static void requireThemes(Collection<String> themes, String field) {
        for (String theme : themes) {
            if (!THEMES.contains(theme)) {
                throw DomainException.unprocessable("Unknown theme", "'" + theme + "' is not a theme code; use one of "
                        + String.join(", ", THEMES.stream().sorted().toList()), field);
            }
        }
    }

    public static void requireAudiences(Collection<String> audiences, String field) {
        for (String audience : audiences) {
            if (!AUDIENCES.containsKey(audience)) {
                throw DomainException.unprocessable("Unknown audience", "'" + audience + "' is not an audience code; use one of "
                        + String.join(", ", AUDIENCES.keySet().stream().sorted().toList()), field);
            }
        }
    }

    public static void requireAreas(Collection<String> areas, String field) {
        for (String area : areas) {
            if (area == null || !GSS_CODE.matcher(area).matches()) {
                throw DomainException.unprocessable("Not an area code", "'" + area
                        + "' is not an ONS GSS code such as E07000063", field);
            }
        }
    }
}
