package org.selvedge.api.verification;

import java.util.Objects;

/**
 * One reason a credential does not verify.
 *
 * <pre>{@code
 * for (Issue issue : verifier.verify(Files.readAllBytes(path)).issues()) {
 *     switch (issue.code()) {
 *         case UNTRUSTED_ISSUER, REVOKED_ISSUER -> log.warn("supplier not trusted: {}", issue.message());
 *         case ATTESTATION_MISSING -> log.warn("ask for an auditor's co-signature: {}", issue.message());
 *         case CLAIM_VIOLATED -> log.warn("claim fails at {}: {}", issue.path(), issue.message());
 *         default -> log.warn("rejected: {}", issue);   // e.g. SIGNATURE_INVALID at /proof/0/proofValue: ...
 *     }
 * }
 * }</pre>
 *
 * @param code stable machine-readable reason
 * @param path JSON Pointer into the credential where it applies ({@code ""} for the whole), e.g.
 *     {@code /proof/1/proofValue} or {@code /credentialSubject/wageEvidence/0/pay}
 * @param message a sentence a person understands
 */
public record Issue(IssueCode code, String path, String message) {
    public Issue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + (path.isEmpty() ? "" : " at " + path) + ": " + message;
    }
}
