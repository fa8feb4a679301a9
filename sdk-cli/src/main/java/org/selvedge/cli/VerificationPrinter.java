package org.selvedge.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.selvedge.api.verification.Attestation;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.ProofResult;
import org.selvedge.api.verification.VerificationResult;

/** The human form of a verification result. */
final class VerificationPrinter {
    private VerificationPrinter() {}

    private static String attesters(Attestation a) {
        if (a.attesters().isEmpty()) {
            return "no trusted attester";
        }
        return (a.selfDeclared() ? "self-declared by " : "attested by ")
                + a.attesters().stream().map(x -> x.name() + (x.roles().isEmpty() ? ""
                        : " (" + String.join(", ", x.roles().stream().sorted().toList()) + ")"))
                        .collect(Collectors.joining(", "));
    }

    /** Prints {@code r}; every line goes through {@link ReportPrinter#safe}, since names and messages come from the input. */
    static void print(String name, VerificationResult r, PrintWriter out) {
        print(name, r, out, false);
    }

    /**
     * Prints {@code r}, with DIDs shortened to their first and last characters when {@code shortDids}
     * (the demo, read in an 80-column terminal; an auditor's {@code verify} shows them whole).
     */
    static void print(String name, VerificationResult r, PrintWriter out, boolean shortDids) {
        java.util.function.UnaryOperator<String> did = d -> !shortDids || d == null || d.length() <= 32 ? d
                : d.substring(0, 20) + "…" + d.substring(d.length() - 4);
        out.println(ReportPrinter.safe((r.valid() ? ReportPrinter.PASS + " VALID   " : ReportPrinter.FAIL + " INVALID ") + name
                + " (" + r.format() + (r.issuer() == null ? "" : ", issuer " + did.apply(r.issuer())) + ")"));
        for (ProofResult p : r.proofs()) {
            out.println(ReportPrinter.safe("    proof " + (p.path().isEmpty() ? "(JWS)" : p.path()) + "  " + p.cryptosuite() + "  "
                    + (p.valid() ? ReportPrinter.PASS : ReportPrinter.FAIL) + " "
                    + (p.signerName() != null && !p.signerName().equals(p.signer()) ? p.signerName() + " " : "")
                    + (p.signer() == null ? "unknown signer" : did.apply(p.signer()))
                    + (p.roles().isEmpty() ? "" : " [" + String.join(", ", p.roles().stream().sorted().toList()) + "]")
                    + (p.created() == null ? "" : "  created " + p.created())));
        }
        // A proof covers the whole credential, so every claim usually has the same attesters: say it once.
        boolean uniform = r.attestations().stream().map(Attestation::attesters).distinct().count() == 1;
        if (uniform && r.attestations().size() > 1) {
            out.println(ReportPrinter.safe("    all " + r.attestations().size() + " claims: " + attesters(r.attestations().get(0))));
        } else {
            for (Attestation a : r.attestations()) {
                out.println(ReportPrinter.safe("    claim " + a.claimIndex() + " " + a.claim().topic() + ": " + attesters(a)));
            }
        }
        for (Issue i : r.issues()) {
            out.println(ReportPrinter.safe("    " + i.code() + (i.path().isEmpty() ? "" : " " + i.path()) + ": " + i.message()));
        }
    }
}
