package org.selvedge.api.verification;

import java.time.Instant;
import java.util.List;
import org.selvedge.api.claims.ClaimReport;

/**
 * The outcome of verifying one signed credential. {@link #valid()} is true only when every proof
 * verifies and is trusted, the issuer signed, the dates hold, the trust policy's requirements are
 * met, and every claim is satisfied.
 *
 * <pre>{@code
 * VerificationResult result = verifier.verify(Files.readAllBytes(path));   // JSON credential or compact JWS
 * if (!result.valid()) {
 *     result.issues().forEach(i -> log.warn("{}", i));   // e.g. SIGNATURE_INVALID at /proof/0/proofValue: ...
 * } else if (result.claims() != null) {                 // null for UNTP passports and conformity credentials
 *     ProductProvenance verified = result.claims().record();
 *     System.out.println(verified.product().name() + ", issued by " + result.issuer() + " on " + result.validFrom());
 * }
 * }</pre>
 *
 * @param format {@code "DataIntegrityProof"} (a JSON credential with embedded proofs) or {@code "vc+jwt"}
 * @param issuer the credential's issuer DID, or {@code null} when unreadable
 * @param validFrom the credential's {@code validFrom}, or {@code null}
 * @param validUntil the credential's {@code validUntil}, or {@code null}
 * @param proofs one result per proof
 * @param attestations per claim, who vouches for it
 * @param claims the claims re-checked on the credential subject; {@code null} when the subject is not a
 *     provenance record (a UNTP passport or conformity credential) or the credential is unreadable
 * @param issues every reason it does not verify (those of the proofs included); empty when valid
 */
public record VerificationResult(String format, String issuer, Instant validFrom, Instant validUntil,
        List<ProofResult> proofs, List<Attestation> attestations, ClaimReport claims, List<Issue> issues) {
    public VerificationResult {
        proofs = List.copyOf(proofs);
        attestations = List.copyOf(attestations);
        issues = List.copyOf(issues);
    }

    /** Everything verified, is trusted, and every claim holds. */
    public boolean valid() {
        return issues.isEmpty();
    }

    /** A result for input that could not be read as a credential at all. */
    public static VerificationResult rejected(String format, Issue issue) {
        return new VerificationResult(format, null, null, null, List.of(), List.of(), null, List.of(issue));
    }
}
