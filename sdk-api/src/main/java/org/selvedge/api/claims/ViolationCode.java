package org.selvedge.api.claims;

/**
 * Every reason a claim or a record can fail, as {@code record-format.md} names them. The names are
 * stable: they appear in JSON reports and scripts may match on them.
 */
public enum ViolationCode {
    // FAIR_WAGE
    /** The producer has no wage evidence. */
    NO_WAGE_EVIDENCE,
    /** No benchmark of a needed kind applies (a living-wage claim needs both kinds). */
    NO_BENCHMARK,
    /** A benchmark matches region and year but not the evidence's currency. */
    CURRENCY_MISMATCH,
    /** Effective hourly pay is below the legal minimum's hourly rate. */
    BELOW_LEGAL_MINIMUM,
    /** Effective hourly pay is below the living wage's hourly rate. */
    BELOW_LIVING_WAGE,
    /** {@code (menHourly − womenHourly) / menHourly} exceeds the tolerance. */
    GENDER_PAY_GAP,
    // WOMEN_OWNED and WOMEN_LED (ISO IWA 34:2021)
    /** Women's ownership share is not above one half (owned) or below one quarter (led). */
    OWNERSHIP_BELOW_THRESHOLD,
    /** Women are not more than half of management. */
    MANAGEMENT_NOT_WOMEN_LED,
    /** A board exists and women are less than one third of it. */
    BOARD_BELOW_ONE_THIRD,
    /** The legal signatory is not a woman. */
    SIGNATORY_NOT_WOMAN,
    /** Data a governance check needs is absent. */
    MISSING_GOVERNANCE_DATA,
    // Record-wide
    /** A claim or wage evidence names a producer that is not in {@code producers}. */
    UNKNOWN_PRODUCER,
    /** The producers' revenue shares add up to more than 1. */
    REVENUE_SHARES_EXCEED_TOTAL,
    /** A structural constraint is broken: a field is missing, malformed, of the wrong type or out of range. */
    INVALID_FIELD,
    // Input that is not a record at all (extensions to the design document's codes)
    /** The input is not well-formed JSON: a syntax error, a byte-order mark, trailing content, bad UTF-8. */
    MALFORMED_JSON,
    /** An object has the same member name twice; which value was meant is ambiguous. */
    DUPLICATE_KEY,
    /** The input exceeds a configured limit (size, nesting depth, string, number, array or object length). */
    LIMIT_EXCEEDED
}
