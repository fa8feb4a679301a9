package org.selvedge.api.claims;

import java.util.ArrayList;
import java.util.List;
import org.selvedge.api.records.ProductProvenance;

/**
 * The result of checking a record: a verdict per claim and the record-wide violations (unknown
 * producers, revenue shares over 1, invalid fields).
 *
 * @param record the record that was checked, or {@code null} when the input was not a record at all
 * @param claims one result per claim, in record order
 * @param recordViolations violations that belong to no single claim
 */
public record ClaimReport(ProductProvenance record, List<ClaimResult> claims, List<Violation> recordViolations) {
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
