package org.selvedge.core;

import org.selvedge.api.claims.ClaimReport;

/**
 * Signing was refused because the record's own evidence contradicts a claim, or the record is invalid.
 *
 * <pre>{@code
 * try {
 *     Files.writeString(path, Selvedge.signer(coopIdentity).sign(record));
 * } catch (ClaimsViolatedException e) {
 *     // Nothing was signed: the report says which claim fails on the record's own evidence, and where
 *     e.report().allViolations().forEach(v -> log.warn("not signed: {}", v));   // BELOW_LIVING_WAGE at ...
 * }
 * }</pre>
 */
public final class ClaimsViolatedException extends SelvedgeException {
    private static final long serialVersionUID = 1L;
    private final transient ClaimReport report;

    public ClaimsViolatedException(ClaimReport report) {
        super("refusing to sign: " + (report.allViolations().isEmpty() ? "the record is invalid"
                : report.allViolations().get(0) + (report.allViolations().size() > 1
                        ? " (and " + (report.allViolations().size() - 1) + " more)" : "")));
        this.report = report;
    }

    /** The report that shows what is violated. */
    public ClaimReport report() {
        return report;
    }
}
