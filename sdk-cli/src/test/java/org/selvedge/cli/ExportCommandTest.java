package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code selvedge export --untp dpp|dcc}: signed UNTP credentials that {@code selvedge verify} accepts, and the exit codes. */
class ExportCommandTest extends KeysAndRecord {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeEach
    void keys() throws Exception {
        keysAndRecord(null);
    }

    static JsonNode payload(String jws) throws Exception {
        return MAPPER.readTree(Base64.getUrlDecoder().decode(jws.strip().split("\\.")[1]));
    }

    @Test
    void productPassportIsASignedUntpCredentialThatVerifies() throws Exception {
        CliRun dpp = CliRun.of("export", "--untp", "dpp", "--key", coopKey.toString(), record.toString());
        assertThat(dpp.exitCode()).as(dpp.err()).isZero();
        JsonNode vc = payload(dpp.out());
        assertThat(vc.get("type").toString()).contains("DigitalProductPassport");
        assertThat(vc.at("/issuer/id").textValue()).isEqualTo(coopDid);
        assertThat(vc.at("/credentialSubject/conformityClaim")).hasSize(5);

        Path file = dir.resolve("dpp.jwt");
        Files.writeString(file, dpp.out());
        assertThat(CliRun.of("verify", "--trust-issuer", coopDid, file.toString()).exitCode()).isZero();
        assertThat(CliRun.of("verify", "--trust-issuer", auditorDid, file.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void conformityCredentialNeedsATrustPolicyAndAVerifiedInput() throws Exception {
        Path signed = dir.resolve("signed.json");
        assertThat(CliRun.of("sign", "--key", coopKey.toString(), "--out", signed.toString(), record.toString()).exitCode()).isZero();

        CliRun noTrust = CliRun.of("export", "--untp", "dcc", "--key", auditorKey.toString(), signed.toString());
        assertThat(noTrust.exitCode()).isEqualTo(2);
        assertThat(noTrust.err()).contains("trust");

        CliRun dcc = CliRun.of("export", "--untp", "dcc", "--key", auditorKey.toString(), "--issuer-name", "Test Audit",
                "--trust-issuer", coopDid, signed.toString());
        assertThat(dcc.exitCode()).as(dcc.err()).isZero();
        JsonNode vc = payload(dcc.out());
        assertThat(vc.get("type").toString()).contains("DigitalConformityCredential");
        assertThat(vc.at("/issuer/name").textValue()).isEqualTo("Test Audit");
        assertThat(vc.at("/credentialSubject/assessment")).hasSize(5);
        Path file = dir.resolve("dcc.jwt");
        Files.writeString(file, dcc.out());
        assertThat(CliRun.of("verify", "--trust-issuer", auditorDid, file.toString()).exitCode()).isZero();

        // A credential that does not verify is not attested.
        Path tampered = dir.resolve("tampered.json");
        Files.writeString(tampered, Files.readString(signed).replace("\"600.00\"", "\"900.00\""));
        CliRun refused = CliRun.of("export", "--untp", "dcc", "--key", auditorKey.toString(), "--trust-issuer", coopDid,
                tampered.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("SIGNATURE_INVALID").doesNotContain("Exception");
    }

    @Test
    void usageAndInputErrors() throws Exception {
        assertThat(CliRun.of("export", "--untp", "xyz", "--key", coopKey.toString(), record.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("export", "--untp", "dpp", "--key", coopKey.toString(), dir.resolve("missing.json").toString())
                .exitCode()).isEqualTo(2);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"type\": \"ProductProvenance\",");
        CliRun bad = CliRun.of("export", "--untp", "dpp", "--key", coopKey.toString(), broken.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("MALFORMED_JSON");
    }
}
