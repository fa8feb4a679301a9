package org.selvedge.api.claims;

import java.util.ArrayList;
import java.util.List;
import org.selvedge.api.records.ProductProvenance;

/**
 * The result of checking a record: a verdict per claim and the record-wide violations (unknown
 * producers, revenue shares over 1, invalid fields).
 *
 * <p>A report from the claim checker lists at most {@link #MAX_VIOLATIONS} violations, record-wide ones
 * first, then each claim's in order. Past that bound each violated claim keeps only its first
 * violation (so that its status still has a reason), and one last record-wide {@code LIMIT_EXCEEDED}
 * violation at {@code ""} says how many were left out. Verdicts are never affected: only the listing.
 *
 * <pre>{@code
 * ClaimReport report = Selvedge.check(Files.readAllBytes(path));
 * if (report.record() == null) {
 *     log.warn("not a provenance record: {}", report.recordViolations());   // MALFORMED_JSON, DUPLICATE_KEY...
 * } else if (!report.valid()) {
 *     report.allViolations().forEach(v -> log.warn("{}", v));   // BELOW_LIVING_WAGE at /wageEvidence/0/pay: ...
 * }
 * Files.writeString(Path.of("necklace.report.json"), Selvedge.toJson(report));
 * }</pre>
 *
 * @param record the record that was checked, or {@code null} when the input was not a record at all
 * @param claims one result per claim, in record order
 * @param recordViolations violations that belong to no single claim
 */
public record ClaimReport(ProductProvenance record, List<ClaimResult> claims, List<Violation> recordViolations) {
    /** The most violations a report lists before it only counts them (see the class description). */
    public static final int MAX_VIOLATIONS = 1_000;

    public ClaimReport {
        claims = List.copyOf(claims);
        recordViolations = List.copyOf(recordViolations);
    }

    /** A report for input that could not be read as a record at all. */
    public static ClaimReport unreadable(List<Violation> violations) {
        return new ClaimReport(null, List.of(), violations);
    }

    /** True when the record is valid and every claim is satisfied. */
    public boolean valid() {
        return recordViolations.isEmpty() && claims.stream().allMatch(ClaimResult::satisfied);
    }

    /** Every violation: record-wide first, then each claim's. */
    public List<Violation> allViolations() {
        List<Violation> all = new ArrayList<>(recordViolations);
        claims.forEach(c -> all.addAll(c.violations()));
        return List.copyOf(all);
    }
}
