package org.selvedge.core;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.IssueCode;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.untp.UntpCredentials;

/**
 * Export to the UN Transparency Protocol (UNTP 0.6.0), so that a record and its auditor's
 * attestation plug into product-passport systems unchanged: a Digital Product Passport issued by the
 * producer, and a Digital Conformity Credential issued by an auditor. Both are secured as UNTP
 * requires, with an enveloping VC-JOSE-COSE proof (compact JWS), and {@link Verifier} verifies them.
 *
 * <pre>{@code
 * String dpp = Untp.productPassport(record, Selvedge.signer(coop), "Warmi Away Weaving Cooperative");
 * String signed = Selvedge.signer(coop).sign(record);
 * String dcc = Untp.conformityCredential(signed.getBytes(UTF_8), Selvedge.signer(auditor), "Andes Social Audit", verifier);
 * }</pre>
 */
public final class Untp {
    private Untp() {}

    /**
     * The record as a signed UNTP Digital Product Passport: the product, its producing party, and every
     * claim as a conformity claim with its verdict and figures.
     *
     * @param issuerName the signer's name, which UNTP requires of an issuer
     * @throws SelvedgeException when the record is not valid JSON-wise (claims may be violated: the
     *     passport then says so, with {@code conformance} false)
     */
    public static String productPassport(ProductProvenance record, Signer signer, String issuerName) throws SelvedgeException {
        requireEdDsa(signer);
        ClaimReport report = ClaimChecker.DEFAULT.check(record);
        if (!report.recordViolations().isEmpty()) {
            throw new ClaimsViolatedException(report);
        }
        var dpp = UntpCredentials.productPassport(report, signer.identity().did(), issuerName, signer.clock().instant());
        return signer.signJws(dpp.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A signed UNTP Digital Conformity Credential in which the auditor attests the assessed claims of a
     * signed Selvedge credential, which must first verify against {@code verifier} (a policy
     * requirement for an auditor's attestation may be unmet: this credential is that attestation).
     *
     * @throws SelvedgeException when the credential does not verify
     */
    public static String conformityCredential(byte[] signedCredential, Signer auditor, String auditorName, Verifier verifier)
            throws SelvedgeException {
        requireEdDsa(auditor);
        VerificationResult result = verifier.verify(signedCredential);
        // A missing auditor attestation is what this credential provides: every other issue refuses.
        List<Issue> refusals = result.issues().stream().filter(i -> i.code() != IssueCode.ATTESTATION_MISSING).toList();
        if (!refusals.isEmpty()) {
            throw new SelvedgeException("will not attest a credential that does not verify: " + refusals.stream()
                    .map(Object::toString).limit(3).collect(Collectors.joining("; ")));
        }
        if (result.claims() == null || result.claims().record() == null) {
            throw new SelvedgeException("not a Selvedge provenance credential: nothing to attest");
        }
        var dcc = UntpCredentials.conformityCredential(result.claims(), auditor.identity().did(), auditorName,
                auditor.clock().instant(), result.issuer());
        return auditor.signJws(dcc.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** UNTP secures its credentials with an EdDSA enveloping proof: an Ed25519 key is required. */
    private static void requireEdDsa(Signer signer) throws SelvedgeException {
        if (signer.identity().algorithm() != KeyAlgorithm.ED25519) {
            throw new SelvedgeException("UNTP credentials are secured with EdDSA (a compact JWS): sign them with an Ed25519 key,"
                    + " not " + signer.identity().algorithm());
        }
    }
}
