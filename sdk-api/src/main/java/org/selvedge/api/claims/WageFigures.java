package org.selvedge.api.claims;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures behind a fair-wage verdict. The headline figures are those of the binding evidence
 * entry: the one paying least relative to its benchmark (or, without benchmarks, the lowest rate).
 *
 * <pre>{@code
 * for (ClaimResult result : Selvedge.check(record).claims()) {
 *     if (result.figures() instanceof WageFigures wage) {
 *         // LIVING_WAGE: 9.17 PEN/h against 8.20, gender pay gap 0.0319
 *         System.out.println(result.claim().effectiveBasis() + ": " + wage.effectiveHourly() + " " + wage.currency()
 *                 + "/h against " + wage.benchmarkHourly() + ", gender pay gap " + wage.payGap());
 *     }
 * }
 * }</pre>
 *
 * @param currency currency of the headline figures, or {@code null} when there is no evidence
 * @param effectiveHourly the binding entry's effective hourly rate (two decimals, HALF_EVEN)
 * @param benchmarkHourly the hourly rate of the benchmark the claim is judged against for that entry
 * @param payGap the largest gender pay gap among the entries (four decimals), or {@code null}
 * @param evidence the figures for every evidence entry of the producer
 */
public record WageFigures(String currency, BigDecimal effectiveHourly, BigDecimal benchmarkHourly,
        BigDecimal payGap, List<EvidenceFigures> evidence) implements ClaimFigures {
    public WageFigures {
        evidence = List.copyOf(evidence);
    }
}
