package org.selvedge.api.verification;

import java.util.List;
import org.selvedge.api.records.Claim;

/**
 * Who stands behind one claim: the issuer alone (self-declared) or also an independent party.
 *
 * <pre>{@code
 * for (Attestation a : verifier.verify(Files.readAllBytes(path)).attestations()) {
 *     if (a.selfDeclared()) {
 *         log.warn("claims/{} {} is declared by the issuer alone", a.claimIndex(), a.claim().topic());
 *     }
 *     for (Attestation.Attester by : a.attesters()) {   // issuer first, then co-signers such as an AUDITOR
 *         System.out.println(a.claim().topic() + " vouched for by " + by.name() + " " + by.roles());
 *     }
 * }
 * }</pre>
 *
 * @param claimIndex index of the claim in the record's {@code claims}
 * @param claim the claim
 * @param attesters every trusted signer with a valid proof over the credential, issuer first
 * @param roles the union of their roles, e.g. {@code PRODUCER}, {@code AUDITOR}
 */
public record Attestation(int claimIndex, Claim claim, List<Attester> attesters, java.util.Set<String> roles) {
    public Attestation {
        attesters = List.copyOf(attesters);
        roles = java.util.Set.copyOf(roles);
    }

    /** Only the issuer vouches for the claim. */
    public boolean selfDeclared() {
        return attesters.stream().allMatch(Attester::issuer);
    }

    /**
     * One signer vouching for a claim.
     *
     * @param did the signer's DID
     * @param name the name the trust policy gives it
     * @param roles its roles in the trust policy
     * @param issuer whether it is the credential's issuer
     */
    public record Attester(String did, String name, java.util.Set<String> roles, boolean issuer) {
        public Attester {
            roles = java.util.Set.copyOf(roles);
        }
    }
}
