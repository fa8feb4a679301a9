package org.selvedge.api.records;

/** How a pay amount is expressed; each basis has the fields needed to turn it into an hourly rate. */
public enum PayBasis {
    /** {@code amount} per hour. */
    HOURLY,
    /** {@code amount} per day of {@code hoursPerDay} hours. */
    DAILY,
    /** {@code amount} per week of {@code hoursPerWeek} hours. */
    WEEKLY,
    /** {@code amount} per month of {@code hoursPerMonth} hours. */
    MONTHLY,
    /** {@code amount} per unit taking {@code minutesPerUnit}, less {@code materialCostPerUnit}. */
    PIECE
}
