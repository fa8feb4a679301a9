package org.selvedge.api.claims;

import java.util.Objects;

/**
 * Why a claim or a record fails.
 *
 * <pre>{@code
 * for (Violation v : Selvedge.check(record).allViolations()) {
 *     switch (v.code()) {
 *         case BELOW_LEGAL_MINIMUM, BELOW_LIVING_WAGE, GENDER_PAY_GAP -> log.warn("pay: {}", v.message());
 *         case INVALID_FIELD, UNKNOWN_PRODUCER -> log.warn("fix the record at {}: {}", v.path(), v.message());
 *         default -> log.warn("{}", v);   // BOARD_BELOW_ONE_THIRD at /producers/0/governance/board: ...
 *     }
 * }
 * }</pre>
 *
 * @param code stable machine-readable reason
 * @param path JSON Pointer (RFC 6901) into the record, e.g. {@code /wageEvidence/1/pay/amount};
 *     {@code ""} is the whole record
 * @param message a sentence a person understands
 */
public record Violation(ViolationCode code, String path, String message) {
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@code CODE at PATH: message}, the whole record shown as {@code (record)}: in JSON Pointer
     * {@code "/"} is the member named {@code ""}, not the root.
     */
    @Override
    public String toString() {
        return code + " at " + (path.isEmpty() ? "(record)" : path) + ": " + message;
    }
}
