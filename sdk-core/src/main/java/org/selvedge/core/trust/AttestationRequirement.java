package org.selvedge.core.trust;

import java.util.Objects;
import java.util.Set;
import org.selvedge.api.records.ClaimTopic;

/**
 * "Claims on these topics must be attested by a valid proof from a trusted signer with this role",
 * e.g. fair-wage claims must carry an auditor's signature.
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
