package org.selvedge.core.trust;

import java.util.Objects;
import java.util.Set;
import org.selvedge.api.records.ClaimTopic;

/**
 * "Claims on these topics must be attested by a valid proof from a trusted signer with this role",
 * e.g. fair-wage claims must carry an auditor's signature.
 *
 * <pre>{@code
 * // Fair-wage and women-led claims count only with an independent auditor's co-signature
 * AttestationRequirement audited = new AttestationRequirement(
 *         Set.of(ClaimTopic.FAIR_WAGE, ClaimTopic.WOMEN_LED), TrustPolicy.AUDITOR);
 * TrustPolicy policy = TrustPolicy.builder()
 *         .trust(TrustedIssuer.of(coopDid, "Warmi Away Weaving Cooperative", TrustPolicy.PRODUCER))
 *         .trust(TrustedIssuer.of(auditorDid, "Andes Social Audit", TrustPolicy.AUDITOR))
 *         .require(audited)
 *         .build();
 * }</pre>
 *
 * @param topics the claim topics it applies to
 * @param role the role a trusted signer must have, e.g. {@link TrustPolicy#AUDITOR}
 */
public record AttestationRequirement(Set<ClaimTopic> topics, String role) {
    public AttestationRequirement {
        topics = Set.copyOf(topics);
        Objects.requireNonNull(role, "role");
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("a requirement names at least one claim topic");
        }
    }
}
