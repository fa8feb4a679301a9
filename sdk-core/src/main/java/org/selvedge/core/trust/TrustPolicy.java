package org.selvedge.core.trust;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.core.SelvedgeException;
import org.selvedge.core.json.JsonInputException;
import org.selvedge.core.json.StrictJson;

/**
 * Which signers a verifier trusts and what it requires of them. Immutable; build one with
 * {@link #builder()} or read one with {@link #fromJson(byte[])}:
 *
 * <pre>{@code
 * TrustPolicy policy = TrustPolicy.builder()
 *         .trust(TrustedIssuer.of(coopDid, "Warmi Away Weaving Cooperative", TrustPolicy.PRODUCER))
 *         .trust(TrustedIssuer.of(auditorDid, "Andes Social Audit", TrustPolicy.AUDITOR))
 *         .require(new AttestationRequirement(Set.of(ClaimTopic.FAIR_WAGE), TrustPolicy.AUDITOR))
 *         .build();
 * }</pre>
 *
 * The JSON form:
 * <pre>{@code
 * {
 *   "issuers": [
 *     {"did": "did:key:z6Mk...", "name": "Warmi Away", "roles": ["PRODUCER"]},
 *     {"did": "did:key:z6Mk...", "name": "Andes Social Audit", "roles": ["AUDITOR"],
 *      "validFrom": "2026-01-01T00:00:00Z", "validUntil": "2027-01-01T00:00:00Z", "revoked": false}
 *   ],
 *   "requirements": [{"topics": ["FAIR_WAGE", "WOMEN_LED"], "attestedBy": "AUDITOR"}]
 * }
 * }</pre>
 *
 * There is deliberately no policy that trusts every signer: a verifier without a policy is a usage
 * error, because "signed by someone" proves nothing about a supplier.
 */
public final class TrustPolicy {
    /** A producer: a cooperative or artisan issuing its own records. */
    public static final String PRODUCER = "PRODUCER";
    /** An independent social auditor. */
    public static final String AUDITOR = "AUDITOR";
    /** A certification body. */
    public static final String CERTIFIER = "CERTIFIER";

    private final Map<String, TrustedIssuer> issuers;
    private final List<AttestationRequirement> requirements;

    private TrustPolicy(Map<String, TrustedIssuer> issuers, List<AttestationRequirement> requirements) {
        this.issuers = issuers;
        this.requirements = requirements;
    }

    /** A builder for a policy; at least one trusted issuer is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The trusted signer with this DID, if any (revoked ones included: check {@link TrustedIssuer#trustedAt}). */
    public Optional<TrustedIssuer> issuer(String did) {
        return Optional.ofNullable(issuers.get(did));
    }

    /** Every trusted signer. */
    public Collection<TrustedIssuer> issuers() {
        return issuers.values();
    }

    /** The attestation requirements. */
    public List<AttestationRequirement> requirements() {
        return requirements;
    }

    /** Builds a {@link TrustPolicy}. */
    public static final class Builder {
        private final Map<String, TrustedIssuer> issuers = new LinkedHashMap<>();
        private final List<AttestationRequirement> requirements = new ArrayList<>();

        private Builder() {}

        /** Trusts a signer; a second entry for the same DID replaces the first. */
        public Builder trust(TrustedIssuer issuer) {
            issuers.put(issuer.did(), issuer);
            return this;
        }

        /** Adds a requirement. */
        public Builder require(AttestationRequirement requirement) {
            requirements.add(requirement);
            return this;
        }

        /**
         * The policy.
         *
         * @throws IllegalStateException when no signer is trusted, or a requirement names a role no
         *     trusted signer has (a typo such as "AUDITR" would otherwise fail every credential)
         */
        public TrustPolicy build() {
            if (issuers.isEmpty()) {
                throw new IllegalStateException("a trust policy must trust at least one signer");
            }
            for (AttestationRequirement r : requirements) {
                if (issuers.values().stream().noneMatch(i -> i.roles().contains(r.role()))) {
                    throw new IllegalStateException("a requirement asks for attestation by " + r.role()
                            + ", but no trusted signer has that role");
                }
            }
            return new TrustPolicy(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(issuers)),
                    List.copyOf(requirements));
        }
    }

    /**
     * Reads a policy from its JSON form (strict: unknown members and duplicate keys are errors).
     *
     * @throws SelvedgeException naming the member that is wrong
     */
    public static TrustPolicy fromJson(byte[] json) throws SelvedgeException {
        JsonNode root;
        try {
            root = StrictJson.parse(json);
        } catch (JsonInputException e) {
            throw new SelvedgeException("trust policy: " + e.getMessage());
        }
        try {
            return read(root);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new SelvedgeException("trust policy: " + e.getMessage());
        }
    }

    private static TrustPolicy read(JsonNode root) {
        members(root, "", Set.of("issuers", "requirements"));
        Builder b = builder();
        JsonNode issuers = root.get("issuers");
        if (issuers == null || !issuers.isArray() || issuers.isEmpty()) {
            throw new IllegalArgumentException("/issuers must be a non-empty array of trusted signers");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < issuers.size(); i++) {
            String p = "/issuers/" + i;
            JsonNode n = issuers.get(i);
            members(n, p, Set.of("did", "name", "roles", "validFrom", "validUntil", "revoked"));
            String did = text(n, p, "did", true);
            if (!seen.add(did)) {
                throw new IllegalArgumentException(p + "/did: " + did + " is listed twice");
            }
            Set<String> roles = new HashSet<>();
            JsonNode r = n.get("roles");
            if (r == null || !r.isArray() || r.isEmpty()) {
                throw new IllegalArgumentException(p + "/roles must be a non-empty array such as [\"AUDITOR\"]");
            }
            r.forEach(x -> roles.add(x.isTextual() ? x.textValue() : x.toString()));
            JsonNode revoked = n.get("revoked");
            if (revoked != null && !revoked.isBoolean()) {
                throw new IllegalArgumentException(p + "/revoked must be true or false");
            }
            b.trust(new TrustedIssuer(did, text(n, p, "name", false), roles, instant(n, p, "validFrom"),
                    instant(n, p, "validUntil"), revoked != null && revoked.booleanValue()));
        }
        JsonNode reqs = root.get("requirements");
        if (reqs != null) {
            if (!reqs.isArray()) {
                throw new IllegalArgumentException("/requirements must be an array");
            }
            for (int i = 0; i < reqs.size(); i++) {
                String p = "/requirements/" + i;
                JsonNode n = reqs.get(i);
                members(n, p, Set.of("topics", "attestedBy"));
                Set<ClaimTopic> topics = EnumSet.noneOf(ClaimTopic.class);
                JsonNode t = n.get("topics");
                if (t == null || !t.isArray() || t.isEmpty()) {
                    throw new IllegalArgumentException(p + "/topics must be a non-empty array of claim topics");
                }
                for (JsonNode x : t) {
                    try {
                        topics.add(ClaimTopic.valueOf(x.asText()));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(p + "/topics: " + x + " is not one of FAIR_WAGE, WOMEN_OWNED, WOMEN_LED");
                    }
                }
                b.require(new AttestationRequirement(topics, text(n, p, "attestedBy", true)));
            }
        }
        return b.build();
    }

    private static void members(JsonNode n, String path, Set<String> allowed) {
        if (!n.isObject()) {
            throw new IllegalArgumentException((path.isEmpty() ? "the policy" : path) + " must be a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException(path + "/" + name + " is not a member of a trust policy " + (path.isEmpty() ? "" : "entry")
                        + " (expected " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String text(JsonNode n, String path, String name, boolean required) {
        JsonNode v = n.get(name);
        if (v == null) {
            if (required) {
                throw new IllegalArgumentException(path + "/" + name + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(path + "/" + name + " must be a string");
        }
        return v.textValue();
    }

    private static Instant instant(JsonNode n, String path, String name) {
        String s = text(n, path, name, false);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + "/" + name + " must be a UTC timestamp such as 2026-01-01T00:00:00Z");
        }
    }
}
