package org.selvedge.api.verification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What was found about one proof. A proof counts as an attestation only when {@link #valid()}.
 *
 * <pre>{@code
 * for (ProofResult proof : verifier.verify(Files.readAllBytes(path)).proofs()) {
 *     String who = proof.signerName() != null ? proof.signerName() : proof.signer();   // name only when trusted
 *     // /proof/1 ecdsa-jcs-2019 by Andes Social Audit [AUDITOR]: valid
 *     System.out.println(proof.path() + " " + proof.cryptosuite() + " by " + who + " " + proof.roles() + ": "
 *             + (proof.valid() ? "valid" : proof.issues()));
 * }
 * }</pre>
 *
 * @param path JSON Pointer of the proof ({@code /proof}, {@code /proof/1}) or {@code ""} for a JWS
 * @param format {@code "DataIntegrityProof"} or {@code "vc+jwt"}
 * @param cryptosuite {@code eddsa-jcs-2022}, {@code ecdsa-jcs-2019}, or the JWS {@code alg}
 * @param signer the signer's DID, or {@code null} when the verification method was unusable
 * @param signerName the signer's name in the trust policy, or {@code null} when untrusted
 * @param roles the signer's roles in the trust policy (empty when untrusted)
 * @param created when the proof says it was made, or {@code null}
 * @param issues why this proof does not count; empty when it is valid and trusted
 */
public record ProofResult(String path, String format, String cryptosuite, String signer, String signerName,
        Set<String> roles, Instant created, List<Issue> issues) {
    public ProofResult {
        roles = Set.copyOf(roles);
        issues = List.copyOf(issues);
    }

    /** The signature verified and the signer is trusted. */
    public boolean valid() {
        return issues.isEmpty();
    }
}
