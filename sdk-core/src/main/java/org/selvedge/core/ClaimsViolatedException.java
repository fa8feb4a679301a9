package org.selvedge.core;

import org.selvedge.api.claims.ClaimReport;

/** Signing was refused because the record's own evidence contradicts a claim, or the record is invalid. */
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
