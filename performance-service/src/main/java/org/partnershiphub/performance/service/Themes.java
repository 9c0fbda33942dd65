package org.partnershiphub.performance.service;

import java.util.Set;

/** The directory's theme taxonomy, used verbatim by every service. */
public final class Themes {

    public static final Set<String> CODES = Set.of("economy-jobs-prosperity", "transport-access-communications", "housing",
            "environment-climate-change", "education-learning-skills", "health-wellbeing", "community-safety",
            "community-strength-leadership", "culture-sports-leisure", "older-people", "children-young-people",
            "reducing-inequalities", "being-sustainable", "effective-services");

    private Themes() {
    }
}
