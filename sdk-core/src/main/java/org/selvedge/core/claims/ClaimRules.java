package org.selvedge.core.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selvedge.api.claims.ClaimFigures;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ClaimResult;
import org.selvedge.api.claims.ClaimStatus;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.records.Claim;
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
        for (Violation v : StructuralValidator.validate(record, !fromJson)) {
            if (!overlaps(v.path(), readProblems)) {
                recordWide.add(v);
            }
        }
        recordWide(record, recordWide);

        List<ClaimResult> results = new ArrayList<>(record.claims().size());
        for (int i = 0; i < record.claims().size(); i++) {
            Claim claim = record.claims().get(i);
            if (claim != null && claim.topic() != null) {
                results.add(judge(record, claim, i, payGapTolerance));
            }
        }
        return new ClaimReport(record, results, recordWide);
    }

    private static ClaimResult judge(ProductProvenance r, Claim claim, int index, BigDecimal tolerance) {
        String claimPath = Pointer.index("/claims", index);
        int producerIndex = indexOf(r, claim.producer());
        if (producerIndex < 0) {
            Violation unknown = new Violation(ViolationCode.UNKNOWN_PRODUCER, claimPath + "/producer",
                    "the claim names producer " + claim.producer() + ", which is not among the record's producers");
            return new ClaimResult(index, claim, ClaimStatus.VIOLATED, List.of(unknown), null);
        }
        Producer producer = r.producers().get(producerIndex);
        List<Violation> violations;
        ClaimFigures figures;
        switch (claim.topic()) {
            case FAIR_WAGE: {
                FairWageRule.Outcome o = FairWageRule.judge(r, claim, claimPath, producer, tolerance);
                violations = o.violations();
                figures = o.figures();
                break;
            }
            default: {
                WomenLeadershipRule.Outcome o = WomenLeadershipRule.judge(claim.topic(), producer,
                        Pointer.index("/producers", producerIndex));
                violations = o.violations();
                figures = o.figures();
            }
        }
        return new ClaimResult(index, claim, violations.isEmpty() ? ClaimStatus.SATISFIED : ClaimStatus.VIOLATED,
                violations, figures);
    }

    private static void recordWide(ProductProvenance r, List<Violation> out) {
        for (int i = 0; i < r.claims().size(); i++) {
            Claim c = r.claims().get(i);
            if (c != null && c.producer() != null && indexOf(r, c.producer()) < 0) {
                out.add(new Violation(ViolationCode.UNKNOWN_PRODUCER, Pointer.index("/claims", i) + "/producer",
                        "claim names producer " + c.producer() + ", which is not among the record's producers"));
            }
        }
        for (int j = 0; j < r.wageEvidence().size(); j++) {
            WageEvidence e = r.wageEvidence().get(j);
            if (e != null && e.producer() != null && indexOf(r, e.producer()) < 0) {
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

    private static int indexOf(ProductProvenance r, String producerId) {
        if (producerId == null) {
            return -1;
        }
        for (int i = 0; i < r.producers().size(); i++) {
            Producer p = r.producers().get(i);
            if (p != null && producerId.equals(p.id())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean overlaps(String path, List<Violation> problems) {
        for (Violation p : problems) {
            if (within(path, p.path()) || within(p.path(), path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + "/");
    }
}
