package org.selvedge.api.records;

/** What a claim asserts. */
public enum ClaimTopic {
    /** Pay at least the legal minimum or a living wage, with equal pay for women. */
    FAIR_WAGE,
    /** Women own more than half (ISO IWA 34:2021). */
    WOMEN_OWNED,
    /** Women own at least a quarter and lead (ISO IWA 34:2021). */
    WOMEN_LED
}
