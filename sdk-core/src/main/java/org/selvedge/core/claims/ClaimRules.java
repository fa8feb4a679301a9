package org.selvedge.core.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, List<Integer>> producers = producerIndex(record);
        recordWide(record, producers, recordWide);

        Judge judge = new Judge(record, producers, problems, payGapTolerance);
        List<ClaimResult> results = new ArrayList<>(record.claims().size());
        for (int i = 0; i < record.claims().size(); i++) {
            Claim claim = record.claims().get(i);
            if (claim != null && claim.topic() != null) {
                results.add(judge.claim(claim, i));
            }
        }
        return capped(record, results, recordWide);
    }

    /**
     * The report, listing at most {@link ClaimReport#MAX_VIOLATIONS} violations: record-wide first, then
     * each claim's; past the bound a violated claim keeps its first, and a final LIMIT_EXCEEDED counts the
     * rest. Thousands of violations help nobody, and a hostile record could otherwise make millions.
     */
    private static ClaimReport capped(ProductProvenance record, List<ClaimResult> results, List<Violation> recordWide) {
        int room = ClaimReport.MAX_VIOLATIONS;
        long omitted = 0;
        List<Violation> listed = recordWide;
        if (recordWide.size() > room) {
            listed = new ArrayList<>(recordWide.subList(0, room));
            omitted += recordWide.size() - room;
        }
        room -= listed.size();
        List<ClaimResult> claims = results;
        for (int i = 0; i < results.size(); i++) {
            ClaimResult c = results.get(i);
            int n = c.violations().size();
            if (n <= room) {
                room -= n;
                continue;
            }
            int keep = Math.max(room, 1);
            room -= Math.min(room, keep);
            omitted += n - keep;
            if (claims == results) {
                claims = new ArrayList<>(results);
            }
            claims.set(i, new ClaimResult(c.index(), c.claim(), c.status(), c.violations().subList(0, keep), c.figures()));
        }
        if (omitted == 0) {
            return new ClaimReport(record, results, recordWide);
        }
        listed = new ArrayList<>(listed);
        listed.add(new Violation(ViolationCode.LIMIT_EXCEEDED, "", omitted + " more violations are not listed: a report"
                + " lists at most " + ClaimReport.MAX_VIOLATIONS + ", then the first of each violated claim"));
        return new ClaimReport(record, claims, listed);
    }

    /**
     * The indices of the producers with each id, first to last (more than one only for a duplicate id,
     * itself an INVALID_FIELD): claims and evidence look producers up by id.
     */
    private static Map<String, List<Integer>> producerIndex(ProductProvenance r) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < r.producers().size(); i++) {
            Producer p = r.producers().get(i);
            if (p != null && p.id() != null) {
                List<Integer> before = index.putIfAbsent(p.id(), List.of(i));
                if (before != null) {
                    List<Integer> all = new ArrayList<>(before);
                    all.add(i);
                    index.put(p.id(), all);
                }
            }
        }
        return index;
    }

    /**
     * Judges the claims of one record. Claims about the same producer on the same basis share one
     * verdict, computed once: a record of thousands of identical claims costs one judgement each, plus
     * a lookup.
     *
     * <p>Missing evidence is never a pass, and neither is rejected evidence: a claim gets a violation for
     * every reader or structural problem at or under what it depends on (its own entry, its producer, and
     * for FAIR_WAGE that producer's evidence entries, evidence that names no readable producer, and the
     * benchmarks that apply or could). The code is MISSING_GOVERNANCE_DATA for the governance data of a
     * WOMEN_OWNED or WOMEN_LED claim, INVALID_FIELD otherwise.
     */
    private static final class Judge {
        private final ProductProvenance r;
        private final Map<String, List<Integer>> producers;
        private final Problems problems;
        private final BigDecimal tolerance;
        private final Map<Basis, Verdict> verdicts = new HashMap<>();
        /** The first producer entry that could not be read at all (not an object, an unknown type), or null. */
        private final String unreadableProducer;
        private FairWageRule.Context fairWage;

        Judge(ProductProvenance r, Map<String, List<Integer>> producers, Problems problems, BigDecimal tolerance) {
            this.r = r;
            this.producers = producers;
            this.problems = problems;
            this.tolerance = tolerance;
            String unreadable = null;
            for (int k = 0; k < r.producers().size() && unreadable == null && !problems.isEmpty(); k++) {
                if (r.producers().get(k) == null) {
                    unreadable = Pointer.index("/producers", k);
                }
            }
            this.unreadableProducer = unreadable;
        }

        /** What a verdict depends on besides the claim's position: the producer, topic and benchmark kind. */
        private record Basis(int producer, ClaimTopic topic, BenchmarkKind kind) {}

        /** A producer's verdict on one basis; {@code noEvidence} adds NO_WAGE_EVIDENCE at each claim's path. */
        private record Verdict(List<Violation> violations, ClaimFigures figures, boolean noEvidence) {}

        ClaimResult claim(Claim claim, int index) {
            String claimPath = Pointer.index("/claims", index);
            List<Violation> own = problems.isEmpty() ? List.of() : dependencies(claim.topic(), List.of(claimPath), List.of());
            List<Integer> withId = claim.producer() == null ? null : producers.get(claim.producer());
            if (withId == null) {
                if (claim.producer() == null && !own.isEmpty()) {
                    return new ClaimResult(index, claim, ClaimStatus.VIOLATED, own, null); // its producer is unreadable
                }
                Violation unknown = new Violation(ViolationCode.UNKNOWN_PRODUCER, claimPath + "/producer",
                        "the claim names producer " + claim.producer() + ", which is not among the record's producers");
                if (unreadableProducer != null) {
                    // The producer it names may be the one that could not be read.
                    own = concat(own, dependencies(claim.topic(), List.of(unreadableProducer), List.of()));
                }
                return new ClaimResult(index, claim, ClaimStatus.VIOLATED, concat(own, List.of(unknown)), null);
            }
            int producerIndex = withId.get(0);
            Producer producer = r.producers().get(producerIndex);
            BenchmarkKind kind = claim.topic() == ClaimTopic.FAIR_WAGE ? claim.effectiveBasis() : null;
            Verdict v = verdicts.computeIfAbsent(new Basis(producerIndex, claim.topic(), kind),
                    b -> verdict(producer, withId, b));
            List<Violation> violations = own.isEmpty() ? v.violations() : concat(own, v.violations());
            if (v.noEvidence()) {
                violations = concat(violations, List.of(FairWageRule.noEvidence(claimPath, producer)));
            }
            return new ClaimResult(index, claim, violations.isEmpty() ? ClaimStatus.SATISFIED : ClaimStatus.VIOLATED,
                    violations, v.figures());
        }

        private Verdict verdict(Producer producer, List<Integer> withId, Basis b) {
            String producerPath = Pointer.index("/producers", b.producer());
            List<Violation> rule;
            ClaimFigures figures;
            boolean noEvidence = false;
            Collection<String> dependsOn = List.of();
            if (b.topic() == ClaimTopic.FAIR_WAGE) {
                if (fairWage == null) {
                    fairWage = new FairWageRule.Context(r, problems, tolerance);
                }
                FairWageRule.Outcome o = FairWageRule.judge(fairWage, producer, producerPath, b.kind());
                rule = o.violations();
                figures = o.figures();
                noEvidence = o.noEvidence();
                dependsOn = o.dependsOn();
            } else {
                WomenLeadershipRule.Outcome o = WomenLeadershipRule.judge(b.topic(), producer, producerPath, problems);
                rule = o.violations();
                figures = o.figures();
            }
            if (problems.isEmpty()) {
                return new Verdict(List.copyOf(rule), figures, noEvidence);
            }
            // Every producer with this id: a duplicate id leaves it open which one the claim is about.
            List<String> depends = new ArrayList<>();
            for (int k : withId) {
                depends.add(Pointer.index("/producers", k));
            }
            depends.addAll(dependsOn);
            List<Violation> found = dependencies(b.topic(), depends, rule);
            return new Verdict(found.isEmpty() ? List.copyOf(rule) : concat(found, rule), figures, noEvidence);
        }

        /**
         * The claim's violations for the problems under {@code elements}, except where the rule already
         * reported one with the same code at that path or above it ({@code rule}).
         */
        private List<Violation> dependencies(ClaimTopic topic, Collection<String> elements, List<Violation> rule) {
            if (problems.isEmpty()) {
                return List.of();
            }
            Set<String> reported = new HashSet<>();
            for (Violation v : rule) {
                reported.add(v.code() + " " + v.path());
            }
            List<Violation> out = new ArrayList<>();
            for (String element : elements) {
                for (Violation p : problems.under(element)) {
                    boolean governance = topic != ClaimTopic.FAIR_WAGE && isGovernance(p.path());
                    ViolationCode code = governance ? ViolationCode.MISSING_GOVERNANCE_DATA : ViolationCode.INVALID_FIELD;
                    if (!reportedAtOrAbove(reported, code, p.path())) {
                        out.add(new Violation(code, p.path(), p.message() + " (the " + topic + " claim "
                                + (governance ? "needs this governance data)" : "depends on it)")));
                    }
                }
            }
            return out;
        }

        private static boolean reportedAtOrAbove(Set<String> reported, ViolationCode code, String path) {
            if (reported.isEmpty()) {
                return false;
            }
            for (String p = path; ; p = Problems.parent(p)) {
                if (reported.contains(code + " " + p)) {
                    return true;
                }
                if (p.isEmpty()) {
                    return false;
                }
            }
        }
    }

    /** Whether {@code path} is a producer's governance data: members, ownership, governance, an artisan's gender. */
    private static boolean isGovernance(String path) {
        if (!path.startsWith("/producers/")) {
            return false;
        }
        int at = path.indexOf('/', "/producers/".length());
        if (at < 0) {
            return false;
        }
        String rest = path.substring(at);
        for (String part : GOVERNANCE_DATA) {
            if (rest.equals(part) || rest.startsWith(part + "/")) {
                return true;
            }
        }
        return false;
    }

    private static final String[] GOVERNANCE_DATA = {"/members", "/ownership", "/governance", "/gender"};

    private static List<Violation> concat(List<Violation> a, List<Violation> b) {
        List<Violation> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private static void recordWide(ProductProvenance r, Map<String, List<Integer>> producers, List<Violation> out) {
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
