package org.selvedge.core.claims;

import org.selvedge.api.records.Patterns;

/**
 * The code and identifier formats of {@link Patterns}, matched by hand: they are checked for every
 * record read from JSON (on the verification path), where the regular expressions cost more than the
 * rest of the structural checks. The Jakarta constraints on the API records keep the expressions; a
 * property test holds each matcher here to its expression.
 */
enum Formats {
    COUNTRY(Patterns.COUNTRY) {
        @Override
        boolean matches(String s) {
            return s.length() == 2 && upper(s.charAt(0)) && upper(s.charAt(1));
        }
    },
    SUBDIVISION(Patterns.SUBDIVISION) {
        @Override
        boolean matches(String s) {
            int n = s.length();
            if (n < 4 || n > 6 || !upper(s.charAt(0)) || !upper(s.charAt(1)) || s.charAt(2) != '-') {
                return false;
            }
            for (int i = 3; i < n; i++) {
                if (!upper(s.charAt(i)) && !digit(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    },
    REGION(Patterns.REGION) {
        @Override
        boolean matches(String s) {
            return COUNTRY.matches(s) || SUBDIVISION.matches(s);
        }
    },
    CURRENCY(Patterns.CURRENCY) {
        @Override
        boolean matches(String s) {
            return s.length() == 3 && upper(s.charAt(0)) && upper(s.charAt(1)) && upper(s.charAt(2));
        }
    },
    URI(Patterns.URI) {
        @Override
        boolean matches(String s) {
            int n = s.length();
            if (n == 0 || !letter(s.charAt(0))) {
                return false;
            }
            int i = 1;
            while (i < n && s.charAt(i) != ':') {
                char c = s.charAt(i++);
                if (!letter(c) && !digit(c) && c != '+' && c != '.' && c != '-') {
                    return false;
                }
            }
            if (i >= n - 1) {
                return false; // no ':' or nothing after it
            }
            for (int j = i + 1; j < n; j++) {
                if (whitespace(s.charAt(j))) {
                    return false;
                }
            }
            return true;
        }
    };

    /** The regular expression this matcher implements. */
    final String regex;

    Formats(String regex) {
        this.regex = regex;
    }

    /** Whether the whole of {@code s} has this format. */
    abstract boolean matches(String s);

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean letter(char c) {
        return upper(c) || (c >= 'a' && c <= 'z');
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \s} matches in a Java regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
