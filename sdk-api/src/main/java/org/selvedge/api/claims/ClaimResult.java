package org.selvedge.api.claims;

import java.util.List;
import java.util.Objects;
import org.selvedge.api.records.Claim;

/**
 * The verdict on one claim.
 *
 * <pre>{@code
 * for (ClaimResult result : Selvedge.check(record).claims()) {
 *     if (!result.satisfied()) {   // a violated claim always has at least one violation
 *         log.warn("claims/{} {} about {}: {}", result.index(), result.claim().topic(),
 *                 result.claim().producer(), result.violations().get(0).message());
 *     }
 * }
 * }</pre>
 *
 * @param index position of the claim in the record's {@code claims}
 * @param claim the claim judged
 * @param status {@link ClaimStatus#SATISFIED} exactly when {@code violations} is empty
 * @param violations why it fails, each with a JSON Pointer into the record
 * @param figures the numbers behind the verdict, or {@code null} when none could be computed
 */
public record ClaimResult(int index, Claim claim, ClaimStatus status, List<Violation> violations,
        ClaimFigures figures) {
    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        violations = List.copyOf(violations);
        if ((status == ClaimStatus.SATISFIED) != violations.isEmpty()) {
            throw new IllegalArgumentException("a claim is SATISFIED exactly when it has no violations");
        }
    }

    /** Whether the claim holds. */
    public boolean satisfied() {
        return status == ClaimStatus.SATISFIED;
    }
}
