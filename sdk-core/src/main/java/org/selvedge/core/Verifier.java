package org.selvedge.core;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.credential.CredentialVerifier;
import org.selvedge.core.trust.TrustPolicy;

/**
 * Verifies signed provenance credentials against a trust policy. Immutable and thread-safe: build
 * one and reuse it for every credential (decoded keys are cached).
 *
 * <pre>{@code
 * Verifier verifier = Selvedge.verifier(policy);
 * VerificationResult result = verifier.verify(Files.readAllBytes(path)); // JSON credential or compact JWS
 * if (!result.valid()) {
 *     result.issues().forEach(i -> log.warn("{} {} {}", i.code(), i.path(), i.message()));
 * }
 * }</pre>
 *
 * A trust policy is required: there is no verifier that trusts any signer.
 */
public final class Verifier {
    private final TrustPolicy policy;
    private final Clock clock;
    private final ClaimChecker checker;
    private final JsonLimits limits;
    private final CredentialVerifier delegate;

    private Verifier(TrustPolicy policy, Clock clock, ClaimChecker checker, JsonLimits limits) {
        this.policy = policy;
        this.clock = clock;
        this.checker = checker;
        this.limits = limits;
        this.delegate = new CredentialVerifier(policy, clock, checker, limits);
    }

    /**
     * A verifier for this policy, with the system clock and default limits.
     *
     * @throws NullPointerException when {@code policy} is null: verification without a policy is a usage error
     */
    public static Verifier of(TrustPolicy policy) {
        Objects.requireNonNull(policy, "a trust policy is required: Selvedge does not verify against 'anyone'");
        return new Verifier(policy, Clock.systemUTC(), ClaimChecker.DEFAULT, JsonLimits.DEFAULT);
    }

    /** This verifier with another clock (validity dates are judged against it). */
    public Verifier withClock(Clock c) {
        return new Verifier(policy, Objects.requireNonNull(c, "clock"), checker, limits);
    }

    /** This verifier, re-checking claims with {@code claimChecker} (e.g. another pay-gap tolerance). */
    public Verifier withChecker(ClaimChecker claimChecker) {
        return new Verifier(policy, clock, Objects.requireNonNull(claimChecker, "claimChecker"), limits);
    }

    /** This verifier with other JSON limits. */
    public Verifier withJsonLimits(JsonLimits jsonLimits) {
        return new Verifier(policy, clock, checker, Objects.requireNonNull(jsonLimits, "jsonLimits"));
    }

    /** The trust policy in force. */
    public TrustPolicy policy() {
        return policy;
    }

    /**
     * Verifies a credential: JSON with embedded Data Integrity proofs, or a compact JWS (detected from the
     * first character). Never throws for bad input: every problem is an issue of the result.
     */
    public VerificationResult verify(byte[] credential) {
        return delegate.verify(Objects.requireNonNull(credential, "credential"));
    }

    /** Verifies a credential given as text. */
    public VerificationResult verify(String credential) {
        return verify(credential.getBytes(StandardCharsets.UTF_8));
    }
}
