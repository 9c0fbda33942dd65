package org.partnershiphub.engagement.service;

import java.util.regex.Pattern;

/**
 * Participation is recorded as counts keyed by codes. These checks refuse keys that look like what
 * must never be stored or published here: email addresses, phone numbers, postcodes, people's names.
 */
final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile(".*[^@\\s]+@[^@\\s]+\\.[^@\\s]+.*");
    private static final Pattern PHONE = Pattern.compile(".*\\+?\\d[\\d ()-]{7,}\\d.*");
    private static final Pattern POSTCODE = Pattern.compile("(?i).*\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b.*");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(\\s+\\p{Lu}[\\p{L}'’.-]*)+");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern AGE_BAND = Pattern.compile("\\d{1,3}-\\d{1,3}|\\d{1,3}\\+|unknown");
    private static final String RULE = "; participation takes aggregate counts only, keyed by codes, never names or contact details";

    private PersonalData() {
    }

    static void requireCodeKey(String key, String field) {
        refusePersonal(key, field);
        if (key.length() > 60 || !CODE.matcher(key).matches()) {
            throw refused(field, "'" + key + "' in " + field + " is not a code (lower-case words joined by hyphens, "
                    + "e.g. voluntary-sector or older-people)" + RULE);
        }
    }

    static void requireAreaKey(String key, String field) {
        refusePersonal(key, field);
        if (!Vocabulary.GSS_CODE.matcher(key).matches()) {
            throw refused(field, "'" + key + "' in " + field + " is not an ONS GSS area code such as E07000063" + RULE);
        }
    }

    static void requireAgeBandKey(String key, String field) {
        refusePersonal(key, field);
        if (!AGE_BAND.matcher(key).matches()) {
            throw refused(field, "'" + key + "' in " + field + " is not an age band such as 16-24 or 65+" + RULE);
        }
    }

    private static void refusePersonal(String key, String field) {
        String what = EMAIL.matcher(key).matches() ? "an email address"
                : PHONE.matcher(key).matches() ? "a phone number"
                : POSTCODE.matcher(key).matches() ? "a postcode"
                : NAME.matcher(key.strip()).matches() ? "a person's name"
                : null;
        if (what != null) {
            // the offending key is not repeated back: it may be exactly what must not be kept
            throw refused("Looks like personal data", field, "A key in " + field + " looks like " + what + RULE);
        }
    }

    private static DomainException refused(String field, String detail) {
        return refused("Not a code", field, detail);
    }

    private static DomainException refused(String title, String field, String detail) {
        return DomainException.unprocessable(title, detail, field);
    }
}
