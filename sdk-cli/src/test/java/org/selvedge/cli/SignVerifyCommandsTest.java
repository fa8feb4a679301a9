package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selvedge.core.testing.Fixture;

/** keygen, sign (record, co-sign, JWS), verify and inspect from the command line, with their exit codes. */
class SignVerifyCommandsTest extends KeysAndRecord {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeEach
    void keys() throws Exception {
        keysAndRecord("p256");
    }

    static String last(String out) {
        return new CliRun(0, out, "").lastLine();
    }

    @Test
    void keygenWritesAnOwnerOnlyJwkAndPrintsTheDidLast() throws Exception {
        assertThat(coopDid).startsWith("did:key:z6Mk");
        assertThat(auditorDid).startsWith("did:key:zDn");
        assertThat(Files.getPosixFilePermissions(coopKey)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        JsonNode jwk = MAPPER.readTree(coopKey.toFile());
        assertThat(jwk.get("kty").textValue()).isEqualTo("OKP");
        String secret = jwk.get("d").textValue();
        CliRun again = CliRun.of("keygen", "--out", coopKey.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
        assertThat(MAPPER.readTree(coopKey.toFile()).get("d").textValue()).isEqualTo(secret); // not overwritten
        assertThat(CliRun.of("keygen", "--out", coopKey.toString(), "--force").exitCode()).isZero();
        assertThat(MAPPER.readTree(coopKey.toFile()).get("d").textValue()).isNotEqualTo(secret);
        assertThat(CliRun.of("keygen", "--alg", "rsa", "--out", dir.resolve("x.json").toString()).exitCode()).isEqualTo(2);
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void signCosignVerify_withAPolicyFile() throws Exception {
        Path signed = dir.resolve("signed.json");
        Path cosigned = dir.resolve("cosigned.json");
        assertThat(CliRun.of("sign", "--key", coopKey.toString(), "--out", signed.toString(), record.toString()).exitCode()).isZero();
        assertThat(CliRun.of("sign", "--key", auditorKey.toString(), "--out", cosigned.toString(), signed.toString()).exitCode()).isZero();
        assertThat(MAPPER.readTree(cosigned.toFile()).get("proof")).hasSize(2);

        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"issuers\":[{\"did\":\"" + coopDid + "\",\"name\":\"Coop\",\"roles\":[\"PRODUCER\"]},"
                + "{\"did\":\"" + auditorDid + "\",\"name\":\"Audit\",\"roles\":[\"AUDITOR\"]}],"
                + "\"requirements\":[{\"topics\":[\"FAIR_WAGE\"],\"attestedBy\":\"AUDITOR\"}]}");
        CliRun ok = CliRun.of("verify", "--trust", policy.toString(), cosigned.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("\u2713 VALID").contains("attested by Coop (PRODUCER), Audit (AUDITOR)");

        CliRun missing = CliRun.of("verify", "--trust", policy.toString(), "--json", signed.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        JsonNode result = MAPPER.readTree(missing.out());
        assertThat(result.get("valid").booleanValue()).isFalse();
        assertThat(result.get("issues").get(0).get("code").textValue()).isEqualTo("ATTESTATION_MISSING");

        CliRun both = CliRun.of("verify", "--trust", policy.toString(), "--json", cosigned.toString(), signed.toString());
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(MAPPER.readTree(both.out())).hasSize(2);
    }

    @Test
    void jwtFormatVerifiesWithTrustIssuer() throws Exception {
        Path jws = dir.resolve("record.jwt");
        assertThat(CliRun.of("sign", "--key", coopKey.toString(), "--format", "jwt", "--out", jws.toString(), record.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(jws).strip().split("\\.")).hasSize(3);
        assertThat(CliRun.of("verify", "--trust-issuer", coopDid, jws.toString()).exitCode()).isZero();
        assertThat(CliRun.of("verify", "--trust-issuer", auditorDid, jws.toString()).exitCode()).isEqualTo(1);
        CliRun inspect = CliRun.of("inspect", jws.toString());
        assertThat(inspect.exitCode()).isZero();
        assertThat(inspect.out()).contains("alg EdDSA").contains("Sisal market basket").contains("not verified");
    }

    @Test
    void signingToStdoutAndRefusingViolatedClaims() throws Exception {
        CliRun stdout = CliRun.of("sign", "--key", coopKey.toString(), record.toString());
        assertThat(stdout.exitCode()).isZero();
        assertThat(MAPPER.readTree(stdout.out()).get("issuer").textValue()).isEqualTo(coopDid);

        Path bad = dir.resolve("bad.json");
        Files.write(bad, Fixture.base().set("/wageEvidence/0/pay/amount", "300.00").bytes());
        CliRun refused = CliRun.of("sign", "--key", coopKey.toString(), bad.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("refusing to sign").contains("BELOW_LIVING_WAGE");
        assertThat(refused.out()).isEmpty();
        assertThat(CliRun.of("sign", "--key", coopKey.toString(), "--allow-violations", bad.toString()).exitCode()).isZero();
    }

    @Test
    void tamperedFileIsCaught() throws Exception {
        Path signed = dir.resolve("signed.json");
        CliRun.of("sign", "--key", coopKey.toString(), "--out", signed.toString(), record.toString());
        Files.writeString(signed, Files.readString(signed).replace("\"600.00\"", "\"700.00\""));
        CliRun r = CliRun.of("verify", "--trust-issuer", coopDid, signed.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("SIGNATURE_INVALID");
        CliRun inspect = CliRun.of("inspect", signed.toString());
        assertThat(inspect.out()).contains("eddsa-jcs-2022").contains(coopDid);
    }

    @Test
    void aJwsCannotBeCoSignedAndSaysWhy() throws Exception {
        Path jws = dir.resolve("record.jwt");
        assertThat(CliRun.of("sign", "--key", coopKey.toString(), "--format", "jwt", "--out", jws.toString(), record.toString())
                .exitCode()).isZero();
        for (String format : List.of("di", "jwt")) {
            CliRun cosign = CliRun.of("sign", "--key", auditorKey.toString(), "--format", format, jws.toString());
            assertThat(cosign.exitCode()).isEqualTo(1);
            assertThat(cosign.err()).contains("is a compact JWS").contains("cannot be co-signed")
                    .doesNotContain("MALFORMED_JSON").doesNotContain("Unrecognized token");
            assertThat(cosign.out()).isEmpty();
        }
        assertThat(SignCommand.isCompactJws("eyJh.eyJi.c2ln\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(SignCommand.isCompactJws("{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(SignCommand.isCompactJws("a.b".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(SignCommand.isCompactJws("a.b.c.d".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void jsonOutputIsWholeOrNothingWhenAFileIsMissing() throws Exception {
        Path signed = dir.resolve("signed.json");
        CliRun.of("sign", "--key", coopKey.toString(), "--out", signed.toString(), record.toString());
        CliRun r = CliRun.of("verify", "--trust-issuer", coopDid, "--json", signed.toString(), dir.resolve("missing.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("missing.json: no such file");
        CliRun human = CliRun.of("verify", "--trust-issuer", coopDid, signed.toString(), dir.toString());
        assertThat(human.exitCode()).isEqualTo(2);
        assertThat(human.out()).isEmpty();
        assertThat(human.err()).contains("is a directory");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path signed = dir.resolve("signed.json");
        CliRun.of("sign", "--key", coopKey.toString(), "--out", signed.toString(), record.toString());
        CliRun noTrust = CliRun.of("verify", signed.toString());
        assertThat(noTrust.exitCode()).isEqualTo(2);
        assertThat(noTrust.err()).contains("needs a trust policy");
        assertThat(CliRun.of("verify", "--trust-issuer", coopDid).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("verify", "--trust-issuer", coopDid, dir.resolve("nope.json").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("verify", "--trust", dir.resolve("nope.json").toString(), signed.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("sign", record.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("sign", "--key", record.toString(), record.toString()).exitCode()).isEqualTo(2);
        CliRun existing = CliRun.of("sign", "--key", coopKey.toString(), "--out", signed.toString(), record.toString());
        assertThat(existing.exitCode()).isEqualTo(2);
        assertThat(existing.err()).contains("already exists");
    }
}
