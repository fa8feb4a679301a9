package org.selvedge.api.claims;

/** The verdict on one claim. */
public enum ClaimStatus {
    /** Every check passed on the evidence in the record. */
    SATISFIED,
    /** At least one check failed, or evidence was missing (missing evidence is never a pass). */
    VIOLATED
}
