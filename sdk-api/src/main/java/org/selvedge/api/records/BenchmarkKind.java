package org.selvedge.api.records;

/** What a wage benchmark measures. */
public enum BenchmarkKind {
    /** The statutory minimum wage. */
    LEGAL_MINIMUM,
    /** A living wage, e.g. from a Global Living Wage Coalition report. */
    LIVING_WAGE
}
