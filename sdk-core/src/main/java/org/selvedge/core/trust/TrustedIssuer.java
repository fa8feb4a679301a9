package org.selvedge.core.trust;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A signer the verifier trusts.
 *
 * <pre>{@code
 * TrustedIssuer audit = TrustedIssuer.of(auditorDid, "Andes Social Audit", TrustPolicy.AUDITOR)
 *         .during(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));   // accredited
 * TrustedIssuer former = TrustedIssuer.of(coopDid, "Warmi Away Weaving Cooperative", TrustPolicy.PRODUCER).revoke();
 * boolean trustedNow = policy.issuer(auditorDid).map(i -> i.trustedAt(Instant.now())).orElse(false);
 * }</pre>
 *
 * @param did its DID ({@code did:key:z...})
 * @param name a name for people, e.g. the cooperative's or audit firm's name
 * @param roles e.g. {@link TrustPolicy#PRODUCER}, {@link TrustPolicy#AUDITOR}, {@link TrustPolicy#CERTIFIER}
 * @param validFrom trusted from this instant on, or {@code null} for always
 * @param validUntil trusted until this instant, or {@code null} for no end
 * @param revoked no longer trusted at all (a revoked key signs nothing the verifier accepts)
 */
public record TrustedIssuer(String did, String name, Set<String> roles, Instant validFrom, Instant validUntil,
        boolean revoked) {
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public TrustedIssuer {
        Objects.requireNonNull(did, "did");
        if (!did.startsWith("did:")) {
            throw new IllegalArgumentException("a trusted issuer is named by its DID (did:key:z...), not " + did);
        }
        name = name == null ? did : name;
        roles = Set.copyOf(roles);
        for (String role : roles) {
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalArgumentException("role " + role + " must be upper case, e.g. AUDITOR");
            }
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil is before validFrom for " + did);
        }
    }

    /** A trusted signer with these roles, no time limits, not revoked. */
    public static TrustedIssuer of(String did, String name, String... roles) {
        return new TrustedIssuer(did, name, Set.of(roles), null, null, false);
    }

    /** Whether the signer is trusted at {@code instant}: not revoked and inside its window. */
    public boolean trustedAt(Instant instant) {
        return !revoked && (validFrom == null || !instant.isBefore(validFrom))
                && (validUntil == null || !instant.isAfter(validUntil));
    }

    /** This issuer, revoked. */
    public TrustedIssuer revoke() {
        return new TrustedIssuer(did, name, roles, validFrom, validUntil, true);
    }

    /** This issuer, trusted only within the window (either end may be {@code null}). */
    public TrustedIssuer during(Instant from, Instant until) {
        return new TrustedIssuer(did, name, roles, from, until, revoked);
    }
}
