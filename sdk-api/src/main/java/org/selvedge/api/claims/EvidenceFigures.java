package org.selvedge.api.claims;

import java.math.BigDecimal;

/**
 * The hourly figures for one wage-evidence entry, shown to two decimals (HALF_EVEN); the verdicts
 * compare the exact values.
 *
 * <pre>{@code
 * if (Selvedge.check(record).claims().get(0).figures() instanceof WageFigures wage) {
 *     for (EvidenceFigures e : wage.evidence()) {
 *         // /wageEvidence/0: 9.17 PEN/h (legal minimum 5.43, living wage 8.20)
 *         System.out.println(e.path() + ": " + e.effectiveHourly() + " " + e.currency() + "/h (legal minimum "
 *                 + e.legalMinimumHourly() + ", living wage " + e.livingWageHourly() + ")");
 *     }
 * }
 * }</pre>
 *
 * @param path JSON Pointer of the evidence entry, e.g. {@code /wageEvidence/0}
 * @param currency ISO 4217 currency of every figure here
 * @param effectiveHourly the effective hourly rate, or {@code null} when it cannot be computed
 * @param legalMinimumHourly the applied legal minimum's hourly rate, or {@code null} when none applies
 * @param livingWageHourly the applied living wage's hourly rate, or {@code null} when none applies
 * @param payGap {@code (menHourly − womenHourly) / menHourly} to four decimals, or {@code null}
 */
public record EvidenceFigures(String path, String currency, BigDecimal effectiveHourly,
        BigDecimal legalMinimumHourly, BigDecimal livingWageHourly, BigDecimal payGap) {}
