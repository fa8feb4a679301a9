package org.selvedge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.KeyAlgorithm;
import org.selvedge.core.Selvedge;
import org.selvedge.core.SelvedgeException;
import org.selvedge.core.SigningIdentity;
import org.selvedge.core.trust.AttestationRequirement;
import org.selvedge.core.trust.TrustPolicy;
import org.selvedge.core.trust.TrustedIssuer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code selvedge demo}: the whole story on embedded example data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole Selvedge story on embedded example data (keys go to a temporary folder, deleted after).")
final class DemoCommand implements Callable<Integer> {
    static final String RECORD = "demo/table-runner.json";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, SelvedgeException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("selvedge-demo-");
        try {
            return story(out, dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private int story(PrintWriter out, Path dir) throws SelvedgeException {
        String record = resource(RECORD);
        boolean ok = true;

        step(out, 1, "Keys: the weaving association and its social auditor each make an Ed25519 key");
        SigningIdentity coop = SigningIdentity.generate(KeyAlgorithm.ED25519);
        SigningIdentity auditor = SigningIdentity.generate(KeyAlgorithm.ED25519);
        OutputFiles.write(dir.resolve("coop-key.json"), coop.toPrivateJwk(), true, false);
        OutputFiles.write(dir.resolve("auditor-key.json"), auditor.toPrivateJwk(), true, false);
        out.println("   cooperative  " + coop.did());
        out.println("   auditor      " + auditor.did());
        out.println("   (private keys in " + dir + ", owner-only)");

        step(out, 2, "The cooperative's provenance record and its claims, checked");
        ClaimReport report = Selvedge.check(record);
        out.println("   " + report.record().product().name() + " (" + report.record().producers().size()
                + " producers, " + report.record().claims().size() + " claims)");
        ReportPrinter.print(report, out, "   ");
        ok &= report.valid();

        step(out, 3, "The cooperative signs it as a W3C Verifiable Credential (eddsa-jcs-2022)");
        String signed = Selvedge.signer(coop).sign(report.record());
        out.println("   " + signed.length() + " bytes, issuer " + coop.did().substring(0, 24) + "...");

        step(out, 4, "The auditor checks it and co-signs: a proof set with two proofs");
        String cosigned = Selvedge.signer(auditor).cosign(signed.getBytes(StandardCharsets.UTF_8));
        out.println("   proofs: cooperative, auditor");

        step(out, 5, "A retailer verifies: its policy trusts both, and requires an AUDITOR to attest wage claims");
        TrustPolicy retailer = TrustPolicy.builder()
                .trust(TrustedIssuer.of(coop.did(), "Ixoq Ajkem Weavers Association", TrustPolicy.PRODUCER))
                .trust(TrustedIssuer.of(auditor.did(), "Demo Social Audit", TrustPolicy.AUDITOR))
                .require(new AttestationRequirement(Set.of(ClaimTopic.FAIR_WAGE), TrustPolicy.AUDITOR))
                .build();
        VerificationResult verified = Selvedge.verifier(retailer).verify(cosigned);
        VerificationPrinter.print("co-signed credential", verified, indent(out), true);
        ok &= verified.valid();
        VerificationResult selfOnly = Selvedge.verifier(retailer).verify(signed);
        out.println("   The cooperative's signature alone is not enough for this retailer:");
        VerificationPrinter.print("self-signed credential", selfOnly, indent(out), true);
        ok &= !selfOnly.valid();

        step(out, 6, "Someone edits the weavers' piece rate in the signed file (420.00 -> 520.00 GTQ)");
        String tampered = cosigned.replace("\"amount\" : \"420.00\"", "\"amount\" : \"520.00\"");
        VerificationResult caught = Selvedge.verifier(retailer).verify(tampered);
        VerificationPrinter.print("tampered credential", caught, indent(out), true);
        ok &= !caught.valid() && !tampered.equals(cosigned);

        step(out, 7, "The same credential as a compact JWS (VC-JOSE-COSE), checked at listing time by a marketplace");
        String jws = Selvedge.signer(coop).signJws(report.record());
        out.println("   " + jws.substring(0, 60) + "... (" + jws.length() + " chars)");
        TrustPolicy marketplace = TrustPolicy.builder()
                .trust(TrustedIssuer.of(coop.did(), "Ixoq Ajkem Weavers Association", TrustPolicy.PRODUCER)).build();
        VerificationResult listing = Selvedge.verifier(marketplace).verify(jws);
        VerificationPrinter.print("JWS credential", listing, indent(out), true);
        ok &= listing.valid();

        out.println();
        out.println(ok ? "Demo complete: honest claims verify, the missing attestation and the tampering are caught."
                : "Demo FAILED: a step did not give the expected verdict.");
        return ok ? Main.OK : Main.INVALID;
    }

    private static PrintWriter indent(PrintWriter out) {
        return new PrintWriter(new java.io.Writer() {
            private boolean lineStart = true;

            @Override
            public void write(char[] buf, int off, int len) {
                for (int i = off; i < off + len; i++) {
                    if (lineStart) {
                        out.write("   ");
                    }
                    out.write(buf[i]);
                    lineStart = buf[i] == '\n';
                }
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                flush();
            }
        }, true);
    }

    private static void step(PrintWriter out, int n, String title) {
        out.println();
        out.println(n + ". " + title);
    }

    static String resource(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo data " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
