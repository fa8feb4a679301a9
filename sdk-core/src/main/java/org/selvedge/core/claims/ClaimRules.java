package org.selvedge.core.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.selvedge.api.claims.ClaimFigures;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ClaimResult;
import org.selvedge.api.claims.ClaimStatus;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.records.BenchmarkKind;
import org.selvedge.api.records.Claim;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.records.WageEvidence;
import org.selvedge.core.json.Pointer;

/**
 * Judges every claim of a record and runs the record-wide checks. Missing evidence is never a
 * pass; a record with structural problems is still judged as far as it can be, so that one run
 * reports everything.
 */
public final class ClaimRules {
    private ClaimRules() {}

    /**
     * Checks {@code record}.
     *
     * @param readProblems problems found while reading the JSON, reported first; structural
     *     violations at or under their paths are then not repeated
     * @param payGapTolerance the largest accepted {@code (men − women) / men}
     * @param fromJson the record was read from JSON (its constraints are checked by hand, fast);
     *     otherwise it was built in Java and Hibernate Validator checks its annotations
     */
    public static ClaimReport check(ProductProvenance record, List<Violation> readProblems, BigDecimal payGapTolerance,
            boolean fromJson) {
        List<Violation> recordWide = new ArrayList<>(readProblems);
        Problems problems = new Problems();
        readProblems.forEach(problems::add);
        // A structural violation at, above or under a reader problem repeats it ("must not be null" where a
        // value of the wrong type was left out): only the reader's is reported.
        List<Violation> structural = new ArrayList<>();
        for (Violation v : StructuralValidator.validate(record, !fromJson)) {
            if (!problems.overlaps(v.path())) {
                structural.add(v);
            }
        }
        recordWide.addAll(structural);
        structural.forEach(problems::add);
        Map<String, Integer> producers = producerIndex(record);
        recordWide(record, producers, recordWide);

        Judge judge = new Judge(record, producers, payGapTolerance);
        List<ClaimResult> results = new ArrayList<>(record.claims().size());
        for (int i = 0; i < record.claims().size(); i++) {
            Claim claim = record.claims().get(i);
            if (claim != null && claim.topic() != null) {
                results.add(judge.claim(claim, i));
            }
        }
        return new ClaimReport(record, results, recordWide);
    }

    /** The index of the first producer with each id: claims and evidence look producers up by id. */
    private static Map<String, Integer> producerIndex(ProductProvenance r) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < r.producers().size(); i++) {
            Producer p = r.producers().get(i);
            if (p != null && p.id() != null) {
                index.putIfAbsent(p.id(), i);
            }
        }
        return index;
    }

    /**
     * Judges the claims of one record. Claims about the same producer on the same basis share one
     * verdict, computed once: a record of thousands of identical claims costs one judgement each, plus
     * a lookup.
     */
    private static final class Judge {
        private final ProductProvenance r;
        private final Map<String, Integer> producers;
        private final BigDecimal tolerance;
        private final Map<Basis, Verdict> verdicts = new HashMap<>();
        private FairWageRule.Context fairWage;

        Judge(ProductProvenance r, Map<String, Integer> producers, BigDecimal tolerance) {
            this.r = r;
            this.producers = producers;
            this.tolerance = tolerance;
        }

        /** What a verdict depends on besides the claim's position: the producer, topic and benchmark kind. */
        private record Basis(int producer, ClaimTopic topic, BenchmarkKind kind) {}

        /** A producer's verdict on one basis; {@code noEvidence} adds NO_WAGE_EVIDENCE at each claim's path. */
        private record Verdict(List<Violation> violations, ClaimFigures figures, boolean noEvidence) {}

        ClaimResult claim(Claim claim, int index) {
            String claimPath = Pointer.index("/claims", index);
            Integer producerIndex = claim.producer() == null ? null : producers.get(claim.producer());
            if (producerIndex == null) {
                Violation unknown = new Violation(ViolationCode.UNKNOWN_PRODUCER, claimPath + "/producer",
                        "the claim names producer " + claim.producer() + ", which is not among the record's producers");
                return new ClaimResult(index, claim, ClaimStatus.VIOLATED, List.of(unknown), null);
            }
            Producer producer = r.producers().get(producerIndex);
            BenchmarkKind kind = claim.topic() == ClaimTopic.FAIR_WAGE ? claim.effectiveBasis() : null;
            Verdict v = verdicts.computeIfAbsent(new Basis(producerIndex, claim.topic(), kind),
                    b -> verdict(producer, b));
            List<Violation> violations = v.violations();
            if (v.noEvidence()) {
                violations = new ArrayList<>(violations);
                violations.add(FairWageRule.noEvidence(claimPath, producer));
            }
            return new ClaimResult(index, claim, violations.isEmpty() ? ClaimStatus.SATISFIED : ClaimStatus.VIOLATED,
                    violations, v.figures());
        }

        private Verdict verdict(Producer producer, Basis b) {
            if (b.topic() == ClaimTopic.FAIR_WAGE) {
                if (fairWage == null) {
                    fairWage = new FairWageRule.Context(r, tolerance);
                }
                FairWageRule.Outcome o = FairWageRule.judge(fairWage, producer, b.kind());
                return new Verdict(List.copyOf(o.violations()), o.figures(), o.noEvidence());
            }
            WomenLeadershipRule.Outcome o = WomenLeadershipRule.judge(b.topic(), producer,
                    Pointer.index("/producers", b.producer()));
            return new Verdict(List.copyOf(o.violations()), o.figures(), false);
        }
    }

    private static void recordWide(ProductProvenance r, Map<String, Integer> producers, List<Violation> out) {
        for (int i = 0; i < r.claims().size(); i++) {
            Claim c = r.claims().get(i);
            if (c != null && c.producer() != null && !producers.containsKey(c.producer())) {
                out.add(new Violation(ViolationCode.UNKNOWN_PRODUCER, Pointer.index("/claims", i) + "/producer",
                        "claim names producer " + c.producer() + ", which is not among the record's producers"));
            }
        }
        for (int j = 0; j < r.wageEvidence().size(); j++) {
            WageEvidence e = r.wageEvidence().get(j);
            if (e != null && e.producer() != null && !producers.containsKey(e.producer())) {
                out.add(new Violation(ViolationCode.UNKNOWN_PRODUCER, Pointer.index("/wageEvidence", j) + "/producer",
                        "wage evidence names producer " + e.producer() + ", which is not among the record's producers"));
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Producer p : r.producers()) {
            if (p != null && p.revenueShare() != null) {
                total = total.add(p.revenueShare());
            }
        }
        if (total.compareTo(BigDecimal.ONE) > 0) {
            out.add(new Violation(ViolationCode.REVENUE_SHARES_EXCEED_TOTAL, "/producers",
                    "the producers' revenue shares add up to " + total.toPlainString() + ", more than 1"));
        }
    }
}
