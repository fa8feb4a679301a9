package org.selvedge.core.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.selvedge.api.claims.EvidenceFigures;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.claims.WageFigures;
import org.selvedge.api.records.Benchmark;
import org.selvedge.api.records.BenchmarkKind;
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

    /**
     * The outcome for one producer and basis: its violations and figures, whether it has no evidence at
     * all (NO_WAGE_EVIDENCE is reported at each claim's own path, so it is left to the caller), and the
     * record elements beyond the producer that the verdict rests on (evidence entries, benchmarks), whose
     * problems the caller reports as the claim's.
     */
    record Outcome(List<Violation> violations, WageFigures figures, boolean noEvidence, Collection<String> dependsOn) {}

    /**
     * What all fair-wage claims of one record share, built once on the first such claim: each producer's
     * evidence entries, and the benchmarks indexed by kind, year and region, so that choosing the
     * benchmark for an entry is a lookup rather than a scan of every benchmark.
     */
    static final class Context {
        private final ProductProvenance r;
        private final Problems problems;
        private final BigDecimal tolerance;
        /** Evidence indices by producer id, in record order. */
        private final Map<String, List<Integer>> evidence = new HashMap<>();
        /** The first evidence entry that names no producer (missing, or unreadable): it may be anyone's. */
        private String unattributed;
        private final Map<Key, Group> benchmarks = new HashMap<>();
        /**
         * Benchmarks whose kind, year or region is missing or invalid, by what is known of them (null where
         * unknown): they may apply to evidence they cannot be matched with.
         */
        private final Map<Key, String> unknown = new HashMap<>();

        Context(ProductProvenance r, Problems problems, BigDecimal tolerance) {
            this.r = r;
            this.problems = problems;
            this.tolerance = tolerance;
            for (int j = 0; j < r.wageEvidence().size(); j++) {
                WageEvidence e = r.wageEvidence().get(j);
                if (e != null && e.producer() != null) {
                    evidence.computeIfAbsent(e.producer(), k -> new ArrayList<>(2)).add(j);
                } else if (unattributed == null) {
                    unattributed = Pointer.index("/wageEvidence", j);
                }
            }
            for (int i = 0; i < r.benchmarks().size(); i++) {
                Benchmark b = r.benchmarks().get(i);
                String path = problems.isEmpty() ? null : Pointer.index("/benchmarks", i);
                if (path == null || !problems.atOrUnder(path)) {
                    if (b != null && b.kind() != null && b.year() != null && b.region() != null) {
                        benchmarks.computeIfAbsent(new Key(b.kind(), b.year(), b.region()), k -> new Group(b))
                                .offer(b, Rate.hourly(b.pay()));
                    }
                    continue;
                }
                // A benchmark with problems: a field with a problem is as good as unknown.
                BenchmarkKind kind = b == null || problems.atOrUnder(path + "/kind") ? null : b.kind();
                Integer year = b == null || problems.atOrUnder(path + "/year") ? null : b.year();
                String region = b == null || problems.atOrUnder(path + "/region") ? null : b.region();
                if (kind != null && year != null && region != null) {
                    Group g = benchmarks.computeIfAbsent(new Key(kind, year, region), k -> new Group(b));
                    g.offer(b, problems.atOrUnder(path + "/pay") ? null : Rate.hourly(b.pay()));
                    if (g.firstProblem == null) {
                        g.firstProblem = path;
                    }
                } else {
                    unknown.putIfAbsent(new Key(kind, year, region), path);
                }
            }
        }
    }

    /** Kind, year and region of a benchmark; in {@link Context#unknown} a null stands for "could be any". */
    private record Key(BenchmarkKind kind, Integer year, String region) {}

    /** The benchmarks of one kind, year and region: the first of them, and per currency the one to apply. */
    private static final class Group {
        final Benchmark first;
        final Map<String, Choice> byCurrency = new HashMap<>(4);
        /** The first of these benchmarks with a problem, or null: any evidence matched here depends on it. */
        String firstProblem;

        Group(Benchmark first) {
            this.first = first;
        }

        /**
         * Among equally specific benchmarks in one currency the highest hourly rate applies. The design
         * document is silent on ties; the highest is the conservative reading (the evidence must meet every
         * figure that applies), and it makes the verdict independent of the benchmarks' order.
         */
        void offer(Benchmark b, Rate rate) {
            Choice current = byCurrency.get(b.currency());
            if (current == null || (rate != null && (current.rate() == null || rate.compareTo(current.rate()) > 0))) {
                byCurrency.put(b.currency(), new Choice(b, rate));
            }
        }
    }

    private record Choice(Benchmark benchmark, Rate rate) {}

    /**
     * Judges the evidence of {@code producer} (at {@code producerPath}). Parts of the record with a
     * reader or structural problem are not used (an unreadable material cost is not 0, an invalid
     * {@code menHourly} does not skip the gap check as if absent): the caller reports those problems as
     * the claim's violations, so a claim never passes on evidence that was rejected.
     */
    static Outcome judge(Context c, Producer producer, String producerPath, BenchmarkKind basis) {
        List<Violation> violations = new ArrayList<>();
        Problems problems = c.problems;
        boolean clean = problems.isEmpty(); // the usual case: nothing below is looked up or collected
        Set<String> dependsOn = clean ? Set.of() : new LinkedHashSet<>();
        // Benchmarks are matched by the producer's region and country: unknown when those are invalid.
        boolean whereKnown = clean
                || (!problems.atOrUnder(producerPath + "/country") && !problems.atOrUnder(producerPath + "/region"));
        List<EvidenceFigures> figures = new ArrayList<>();
        Rate headlineRate = null;
        Rate headlineBenchmark = null;
        String headlineCurrency = null;
        BigDecimal headlineRatio = null;
        BigDecimal worstGap = null;
        List<Integer> entries = producer.id() == null ? List.of() : c.evidence.getOrDefault(producer.id(), List.of());

        for (int j : entries) {
            WageEvidence e = c.r.wageEvidence().get(j);
            String path = Pointer.index("/wageEvidence", j);
            boolean suspect = !clean && problems.atOrUnder(path);
            if (suspect) {
                dependsOn.add(path);
            }
            boolean payUsable = !suspect || !problems.atOrUnder(path + "/pay");
            Rate effective = payUsable ? Rate.hourly(e.pay()) : null;
            if (effective == null && payUsable) {
                violations.add(new Violation(ViolationCode.INVALID_FIELD, path + "/pay",
                        "the effective hourly rate cannot be computed from this pay"));
            }
            boolean matchable = whereKnown
                    && (!suspect || (!problems.atOrUnder(path + "/period") && !problems.atOrUnder(path + "/currency")));
            Rate legal = matchable ? benchmark(c, e, producer, BenchmarkKind.LEGAL_MINIMUM, path, violations, dependsOn) : null;
            Rate living = matchable && basis == BenchmarkKind.LIVING_WAGE
                    ? benchmark(c, e, producer, BenchmarkKind.LIVING_WAGE, path, violations, dependsOn)
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
            BigDecimal gap = !suspect || !problems.atOrUnder(path + "/genderPay") ? payGap(e.genderPay()) : null;
            if (gap != null) {
                worstGap = worstGap == null ? gap : worstGap.max(gap);
                GenderPay gp = e.genderPay();
                // Exact: (men − women) / men > tolerance  <=>  men − women > tolerance · men (men > 0).
                if (gp.menHourly().subtract(gp.womenHourly()).compareTo(c.tolerance.multiply(gp.menHourly())) > 0) {
                    violations.add(new Violation(ViolationCode.GENDER_PAY_GAP, path + "/genderPay",
                            "women are paid " + gp.womenHourly().toPlainString() + " an hour against men's "
                                    + gp.menHourly().toPlainString() + ": a gap of " + percent(gap)
                                    + ", over the tolerance of " + percent(c.tolerance)));
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
        if (!clean) {
            // Evidence that names no readable producer may be this producer's; the lists themselves may be
            // missing or not arrays.
            if (c.unattributed != null) {
                dependsOn.add(c.unattributed);
            }
            dependsOn.add("/wageEvidence");
            dependsOn.add("/benchmarks");
        }
        return new Outcome(violations, new WageFigures(headlineCurrency, display(headlineRate),
                display(headlineBenchmark), worstGap, figures), entries.isEmpty(), dependsOn);
    }

    /** NO_WAGE_EVIDENCE for the claim at {@code claimPath}. */
    static Violation noEvidence(String claimPath, Producer producer) {
        return new Violation(ViolationCode.NO_WAGE_EVIDENCE, claimPath,
                "no wage evidence for " + describe(producer) + ": a fair-wage claim needs evidence");
    }

    /**
     * The hourly rate of the applicable benchmark of {@code kind}: same kind, year of
     * {@code period.to}, region equal to the producer's region or (country-wide) its country; the
     * most specific wins, and within it the highest one in the evidence's currency. Reports
     * NO_BENCHMARK or CURRENCY_MISMATCH and returns {@code null} when there is none to apply.
     */
    private static Rate benchmark(Context c, WageEvidence e, Producer producer, BenchmarkKind kind, String path,
            List<Violation> violations, Set<String> dependsOn) {
        if (e.period() == null || e.period().to() == null) {
            violations.add(new Violation(ViolationCode.NO_BENCHMARK, path + "/period",
                    "without a period end date no " + kind + " benchmark can be chosen"));
            return null;
        }
        int year = e.period().to().getYear();
        if (!c.unknown.isEmpty()) { // only when some benchmark has problems
            couldApply(c, kind, year, producer, dependsOn);
        }
        Group group = producer.region() == null ? null : c.benchmarks.get(new Key(kind, year, producer.region()));
        if (group == null && producer.country() != null) {
            group = c.benchmarks.get(new Key(kind, year, producer.country()));
        }
        if (group != null && group.firstProblem != null) {
            dependsOn.add(group.firstProblem);
        }
        if (group == null) {
            violations.add(new Violation(ViolationCode.NO_BENCHMARK, path,
                    "no " + kind + " benchmark for " + where(producer) + " in " + year));
            return null;
        }
        Choice best = e.currency() == null ? null : group.byCurrency.get(e.currency());
        if (best == null) {
            Benchmark mismatched = group.first;
            violations.add(new Violation(ViolationCode.CURRENCY_MISMATCH, path + "/currency",
                    "the " + kind + " benchmark for " + mismatched.region() + " in " + year + " is in "
                            + mismatched.currency() + ", the evidence in " + e.currency()));
            return null;
        }
        if (best.rate() == null) {
            violations.add(new Violation(ViolationCode.NO_BENCHMARK, path,
                    "the " + kind + " benchmark for " + best.benchmark().region() + " in " + year
                            + " has no usable hourly rate"));
        }
        return best.rate();
    }

    /** Adds the benchmarks with unknown kind, year or region whose known parts fit this evidence. */
    private static void couldApply(Context c, BenchmarkKind kind, int year, Producer producer, Set<String> dependsOn) {
        String[] regions = {producer.region(), producer.country(), null};
        for (BenchmarkKind k : new BenchmarkKind[] {kind, null}) {
            for (Integer y : new Integer[] {year, null}) {
                for (int i = 0; i < regions.length; i++) {
                    if (i < 2 && regions[i] == null) {
                        continue;
                    }
                    String path = c.unknown.get(new Key(k, y, regions[i]));
                    if (path != null) {
                        dependsOn.add(path);
                    }
                }
            }
        }
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
