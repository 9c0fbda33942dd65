package org.partnershiphub.engagement.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "hub.engagement")
public interface EngagementConfig {

    /** Days after closing by which an engagement's outcome is owed to the people who took part. */
    @WithDefault("90")
    int feedbackDueDays();

    /**
     * How far (as a fraction, 0.05 = 5 percentage points) a group's share of participants may fall
     * below its share of the population before the profile flags it as under-heard.
     */
    @WithDefault("0.05")
    double underHeardMargin();

    /** How often to look for outcomes that have become overdue (a duration such as 10m, or off). */
    @WithDefault("10m")
    String overdueCheck();
}
