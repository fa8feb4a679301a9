package org.selvedge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.KeyAlgorithm;
import org.selvedge.core.Selvedge;
import org.selvedge.core.SigningIdentity;
import org.selvedge.core.testing.Fixture;
import org.selvedge.core.trust.TrustPolicy;
import org.selvedge.core.trust.TrustedIssuer;

/** The three example programs do what the README says they do. */
class ExamplesTest {
    final SigningIdentity coop = SigningIdentity.generate(KeyAlgorithm.ED25519);
    final SigningIdentity auditor = SigningIdentity.generate(KeyAlgorithm.ED25519);
    final TrustPolicy policy = TrustPolicy.builder()
            .trust(TrustedIssuer.of(coop.did(), "Test Basket Cooperative", TrustPolicy.PRODUCER))
            .trust(TrustedIssuer.of(auditor.did(), "Test Audit", TrustPolicy.AUDITOR)).build();

    @TempDir
    Path dir;

    String signed() throws Exception {
        ProductProvenance record = Selvedge.readRecord(Fixture.base().bytes());
        return Selvedge.signer(coop).sign(record);
    }

    String cosigned() throws Exception {
        return Selvedge.signer(auditor).cosign(signed().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void procurementGateAcceptsAuditedAndRejectsSelfDeclaredWithReasons() throws Exception {
        ProcurementGate gate = new ProcurementGate(policy);
        ProcurementGate.Decision ok = gate.evaluate(cosigned().getBytes(StandardCharsets.UTF_8));
        assertThat(ok.accepted()).as(ok.reasons().toString()).isTrue();
        assertThat(ok.supplier()).isEqualTo("Test Basket Cooperative");

        ProcurementGate.Decision selfOnly = gate.evaluate(signed().getBytes(StandardCharsets.UTF_8));
        assertThat(selfOnly.accepted()).isFalse();
        assertThat(selfOnly.reasons()).isNotEmpty().allMatch(r -> r.startsWith("needs an independent audit"));

        String tampered = cosigned().replace("\"600.00\"", "\"900.00\"");
        assertThat(gate.evaluate(tampered.getBytes(StandardCharsets.UTF_8)).reasons())
                .anyMatch(r -> r.startsWith("the file was changed after signing"));
    }

    @Test
    void listingCheckReusesOneVerifierAndAwardsBadges() throws Exception {
        ListingCheck check = new ListingCheck(policy);
        ListingCheck.Listing listing = check.check(signed().getBytes(StandardCharsets.UTF_8));
        assertThat(listing.publish()).isTrue();
        assertThat(listing.badges()).contains("Fair wage (self-declared)", "Women-led (self-declared)");
        ListingCheck.Listing audited = check.check(cosigned().getBytes(StandardCharsets.UTF_8));
        assertThat(audited.badges()).contains("Fair wage (audited)");
        SigningIdentity stranger = SigningIdentity.generate(KeyAlgorithm.P256);
        ListingCheck.Listing refused = check.check(Selvedge.signer(stranger).signJws(Selvedge.readRecord(Fixture.base().bytes()))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(refused.publish()).isFalse();
        assertThat(refused.problems()).anyMatch(p -> p.startsWith("UNTRUSTED_ISSUER"));
    }

    @Test
    void auditFolderWritesOneCsvRowPerFile() throws Exception {
        Files.writeString(dir.resolve("a-good.json"), cosigned());
        Files.writeString(dir.resolve("b-tampered.json"), signed().replace("\"600.00\"", "\"900.00\""));
        Files.writeString(dir.resolve("c-token.jwt"), Selvedge.signer(coop).signJws(Selvedge.readRecord(Fixture.base().bytes())));
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        StringWriter csv = new StringWriter();
        int invalid = AuditFolder.summarize(dir, policy, csv);
        assertThat(invalid).isEqualTo(1);
        assertThat(csv.toString().lines().toList()).hasSize(4)
                .first().isEqualTo("file,valid,issuer,proofs,codes,first_reason");
        assertThat(csv.toString()).contains("a-good.json,true," + coop.did() + ",2,,")
                .contains("b-tampered.json,false").contains("SIGNATURE_INVALID").contains("c-token.jwt,true");
    }
}
