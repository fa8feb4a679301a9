package org.selvedge.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.Selvedge;
import org.selvedge.core.Verifier;
import org.selvedge.core.trust.AttestationRequirement;
import org.selvedge.core.trust.TrustPolicy;

/**
 * A retailer's supplier-onboarding gate: a supplier's signed provenance credential is accepted only
 * when it verifies against the retailer's trust policy, an independent auditor attests the
 * fair-wage and women-led claims, and every claim holds. A rejection says why, in words a buyer can
 * pass on to the supplier.
 *
 * <pre>{@code
 * ProcurementGate gate = new ProcurementGate(policy);
 * ProcurementGate.Decision d = gate.evaluate(Files.readAllBytes(Path.of("supplier.json")));
 * if (!d.accepted()) d.reasons().forEach(System.out::println);
 * }</pre>
 */
public final class ProcurementGate {
    /** The claims this retailer's program needs an auditor to stand behind. */
    public static final Set<ClaimTopic> AUDITED_TOPICS = Set.of(ClaimTopic.FAIR_WAGE, ClaimTopic.WOMEN_LED);

    private final Verifier verifier;

    /** A gate over the retailer's trusted cooperatives and auditors; auditor attestation is added as a requirement. */
    public ProcurementGate(TrustPolicy trusted) {
        TrustPolicy.Builder policy = TrustPolicy.builder();
        trusted.issuers().forEach(policy::trust);
        trusted.requirements().forEach(policy::require);
        policy.require(new AttestationRequirement(AUDITED_TOPICS, TrustPolicy.AUDITOR));
        this.verifier = Selvedge.verifier(policy.build());
    }

    /** Accept or reject, with the reasons. */
    public record Decision(boolean accepted, String supplier, List<String> reasons) {}

    /** Evaluates one signed credential (JSON or compact JWS). */
    public Decision evaluate(byte[] credential) {
        VerificationResult r = verifier.verify(credential);
        List<String> reasons = new ArrayList<>();
        for (Issue i : r.issues()) {
            reasons.add(explain(i));
        }
        String supplier = r.claims() != null && r.claims().record() != null && !r.claims().record().producers().isEmpty()
                ? r.claims().record().producers().get(0).name() : String.valueOf(r.issuer());
        return new Decision(r.valid(), supplier, reasons);
    }

    private static String explain(Issue i) {
        switch (i.code()) {
            case ATTESTATION_MISSING:
                return "needs an independent audit: " + i.message();
            case CLAIM_VIOLATED:
                return "a claim does not hold: " + i.message();
            case UNTRUSTED_ISSUER:
            case REVOKED_ISSUER:
                return "signer not in our program: " + i.message();
            case SIGNATURE_INVALID:
                return "the file was changed after signing: " + i.message();
            default:
                return i.code() + ": " + i.message();
        }
    }

    /** {@code ProcurementGate POLICY.json CREDENTIAL...}: prints ACCEPT or REJECT with reasons; exit 1 if any rejected. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ProcurementGate POLICY.json CREDENTIAL...");
            System.exit(2);
        }
        ProcurementGate gate = new ProcurementGate(TrustPolicy.fromJson(Files.readAllBytes(Path.of(args[0]))));
        boolean all = true;
        for (int i = 1; i < args.length; i++) {
            Decision d = gate.evaluate(Files.readAllBytes(Path.of(args[i])));
            System.out.println((d.accepted() ? "ACCEPT " : "REJECT ") + args[i] + " (" + d.supplier() + ")");
            d.reasons().forEach(reason -> System.out.println("  - " + reason));
            all &= d.accepted();
        }
        System.exit(all ? 0 : 1);
    }
}
