package org.selvedge.core.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.selvedge.api.claims.EvidenceFigures;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.claims.WageFigures;
import org.selvedge.api.records.Benchmark;
import org.selvedge.api.records.BenchmarkKind;
import org.selvedge.api.records.Claim;
import org.selvedge.api.records.GenderPay;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.records.WageEvidence;
import org.selvedge.core.json.Pointer;

/**
 * {@code FAIR_WAGE}: every wage-evidence entry of the producer pays at least the legal minimum and,
 * for a living-wage claim, the living wage of the most specific benchmark for its region and year,
 * in its currency; and, where women's and men's pay are given, the gap is within the tolerance.
 */
final class FairWageRule {
    private FairWageRule() {}

    /** The outcome for one claim: its violations and figures. */
    record Outcome(List<Violation> violations, WageFigures figures) {}

    static Outcome judge(ProductProvenance r, Claim claim, String claimPath, Producer producer,
            BigDecimal tolerance) {
        List<Violation> violations = new ArrayList<>();
        List<EvidenceFigures> figures = new ArrayList<>();
        BenchmarkKind basis = claim.effectiveBasis();
        Rate headlineRate = null;
        Rate headlineBenchmark = null;
        String headlineCurrency = null;
        BigDecimal headlineRatio = null;
        BigDecimal worstGap = null;
        boolean any = false;

        for (int j = 0; j < r.wageEvidence().size(); j++) {
            WageEvidence e = r.wageEvidence().get(j);
            if (e == null || e.producer() == null || !e.producer().equals(producer.id())) {
                continue;
            }
            any = true;
            String path = Pointer.index("/wageEvidence", j);
            Rate effective = Rate.hourly(e.pay());
            if (effective == null) {
                violations.add(new Violation(ViolationCode.INVALID_FIELD, path + "/pay",
                        "the effective hourly rate cannot be computed from this pay"));
            }
            Rate legal = benchmark(r, e, producer, BenchmarkKind.LEGAL_MINIMUM, path, violations);
            Rate living = basis == BenchmarkKind.LIVING_WAGE
                    ? benchmark(r, e, producer, BenchmarkKind.LIVING_WAGE, path, violations)
                    : null;
            if (effective != null && legal != null && effective.below(legal)) {
                violations.add(new Violation(ViolationCode.BELOW_LEGAL_MINIMUM, path + "/pay",
                        "effective hourly pay " + amount(effective, e) + " is below the legal minimum of "
                                + amount(legal, e)));
            }
            if (effective != null && living != null && effective.below(living)) {
                violations.add(new Violation(ViolationCode.BELOW_LIVING_WAGE, path + "/pay",
                        "effective hourly pay " + amount(effective, e) + " is below the living wage of "
                                + amount(living, e)));
            }
            BigDecimal gap = payGap(e.genderPay());
            if (gap != null) {
                worstGap = worstGap == null ? gap : worstGap.max(gap);
                GenderPay gp = e.genderPay();
                // Exact: (men − women) / men > tolerance  <=>  men − women > tolerance · men (men > 0).
                if (gp.menHourly().subtract(gp.womenHourly()).compareTo(tolerance.multiply(gp.menHourly())) > 0) {
                    violations.add(new Violation(ViolationCode.GENDER_PAY_GAP, path + "/genderPay",
                            "women are paid " + gp.womenHourly().toPlainString() + " an hour against men's "
                                    + gp.menHourly().toPlainString() + ": a gap of " + percent(gap)
                                    + ", over the tolerance of " + percent(tolerance)));
                }
            }
            Rate judgedAgainst = basis == BenchmarkKind.LIVING_WAGE ? living : legal;
            figures.add(new EvidenceFigures(path, e.currency(), display(effective), display(legal),
                    display(living), gap));
            // The headline is the entry paying least relative to its benchmark.
            if (effective != null) {
                BigDecimal ratio = judgedAgainst == null ? null : effective.ratioTo(judgedAgainst);
                boolean better = headlineRate == null
                        || (ratio != null && (headlineRatio == null || ratio.compareTo(headlineRatio) < 0))
                        || (ratio == null && headlineRatio == null && effective.below(headlineRate));
                if (better) {
                    headlineRate = effective;
                    headlineBenchmark = judgedAgainst;
                    headlineCurrency = e.currency();
                    headlineRatio = ratio;
                }
            }
        }
        if (!any) {
            violations.add(new Violation(ViolationCode.NO_WAGE_EVIDENCE, claimPath,
                    "no wage evidence for " + describe(producer) + ": a fair-wage claim needs evidence"));
        }
        return new Outcome(violations, new WageFigures(headlineCurrency, display(headlineRate),
                display(headlineBenchmark), worstGap, figures));
    }

    /**
     * The hourly rate of the applicable benchmark of {@code kind}: same kind, year of
     * {@code period.to}, region equal to the producer's region or (country-wide) its country; the
     * most specific wins, and within it one in the evidence's currency. Reports NO_BENCHMARK or
     * CURRENCY_MISMATCH and returns {@code null} when there is none to apply.
     */
    private static Rate benchmark(ProductProvenance r, WageEvidence e, Producer producer, BenchmarkKind kind,
            String path, List<Violation> violations) {
        if (e.period() == null || e.period().to() == null) {
            violations.add(new Violation(ViolationCode.NO_BENCHMARK, path + "/period",
                    "without a period end date no " + kind + " benchmark can be chosen"));
            return null;
        }
        int year = e.period().to().getYear();
        int bestSpecificity = 0;
        Benchmark best = null;
        Benchmark mismatched = null;
        for (Benchmark b : r.benchmarks()) {
            if (b == null || b.kind() != kind || b.year() == null || b.year() != year || b.region() == null) {
                continue;
            }
            int specificity = b.region().equals(producer.region()) ? 2 : b.region().equals(producer.country()) ? 1 : 0;
            if (specificity == 0 || specificity < bestSpecificity) {
                continue;
            }
            boolean currencyMatches = b.currency() != null && b.currency().equals(e.currency());
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = currencyMatches ? b : null;
                mismatched = currencyMatches ? null : b;
            } else if (currencyMatches && best == null) {
                best = b;
            }
        }
        if (best == null && mismatched != null) {
            violations.add(new Violation(ViolationCode.CURRENCY_MISMATCH, path + "/currency",
                    "the " + kind + " benchmark for " + mismatched.region() + " in " + year + " is in "
                            + mismatched.currency() + ", the evidence in " + e.currency()));
            return null;
        }
        if (best == null) {
            violations.add(new Violation(ViolationCode.NO_BENCHMARK, path,
                    "no " + kind + " benchmark for " + where(producer) + " in " + year));
            return null;
        }
        Rate rate = Rate.hourly(best.pay());
        if (rate == null) {
            violations.add(new Violation(ViolationCode.NO_BENCHMARK, path,
                    "the " + kind + " benchmark for " + best.region() + " in " + year + " has no usable hourly rate"));
        }
        return rate;
    }

    /** {@code (men − women) / men} to four decimals, or {@code null} when not given. */
    private static BigDecimal payGap(GenderPay gp) {
        if (gp == null || gp.menHourly() == null || gp.womenHourly() == null || gp.menHourly().signum() <= 0) {
            return null;
        }
        return gp.menHourly().subtract(gp.womenHourly()).divide(gp.menHourly(), 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal display(Rate rate) {
        return rate == null ? null : rate.display();
    }

    private static String amount(Rate rate, WageEvidence e) {
        return rate.display().toPlainString() + " " + e.currency() + "/h";
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String where(Producer p) {
        return p.region() == null ? String.valueOf(p.country()) : p.region() + " or " + p.country();
    }

    static String describe(Producer p) {
        return p.name() == null ? String.valueOf(p.id()) : p.name();
    }
}
