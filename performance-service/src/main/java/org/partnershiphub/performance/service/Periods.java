package org.partnershiphub.performance.service;

import org.partnershiphub.performance.domain.Period;

/** Reads periods from requests: anything but the accepted forms is a 400 that names them. */
public final class Periods {

    private Periods() {
    }

    public static Period parse(String text, String field) {
        Period period = Period.parseOrNull(text);
        if (period == null) {
            throw DomainException.badRequest("Unrecognised period",
                    "'" + text + "' is not a period; write " + Period.ACCEPTED_FORMS, field);
        }
        return period;
    }
}
