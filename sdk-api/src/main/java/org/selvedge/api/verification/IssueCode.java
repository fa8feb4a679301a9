package org.selvedge.api.verification;

/**
 * Why a credential does not verify. Stable names: they appear in JSON output and batch results.
 */
public enum IssueCode {
    /** The input is not JSON (invalid UTF-8, syntax, trailing content...) or not a compact JWS. */
    MALFORMED_INPUT,
    /** A JSON object has the same member name twice, anywhere in the input. */
    DUPLICATE_KEY,
    /** The input exceeds a configured limit: size, nesting depth, string, number, array or object length. */
    LIMIT_EXCEEDED,
    /** The JSON is not a Verifiable Credential of the expected shape (context, type, issuer, subject). */
    MALFORMED_CREDENTIAL,
    /** A proof is missing a member, has a wrong value, or its signature cannot be decoded. */
    MALFORMED_PROOF,
    /** There is no proof at all. */
    NO_PROOF,
    /** The cryptosuite (or JWS {@code alg}) is not one Selvedge verifies. */
    UNSUPPORTED_CRYPTOSUITE,
    /** The verification method is not a valid did:key, or its key does not fit the suite. */
    INVALID_VERIFICATION_METHOD,
    /** A signature does not verify: the credential or the proof was changed, or signed by another key. */
    SIGNATURE_INVALID,
    /** No proof comes from the issuer's own DID, or the JWS key is not the issuer's. */
    ISSUER_MISMATCH,
    /**
     * The issuer is not in the trust policy. (A co-signer that is not merely does not attest: its proof
     * result says so, and the credential's validity does not depend on it.)
     */
    UNTRUSTED_ISSUER,
    /** The issuer was revoked in the trust policy, or is outside its trusted period (co-signers: as above). */
    REVOKED_ISSUER,
    /** {@code validUntil} (or a proof's {@code expires}) has passed. */
    EXPIRED,
    /** {@code validFrom} (or a proof's {@code created}) is in the future. */
    NOT_YET_VALID,
    /**
     * The trust policy requires a claim to be attested by a role, and no valid proof by a trusted signer
     * of that role, other than the issuer, exists.
     */
    ATTESTATION_MISSING,
    /** A claim in the credential subject is violated, or the subject is not a valid record. */
    CLAIM_VIOLATED
}
