package org.selvedge.core.untp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.KeyAlgorithm;
import org.selvedge.core.Selvedge;
import org.selvedge.core.SelvedgeException;
import org.selvedge.core.Signer;
import org.selvedge.core.SigningIdentity;
import org.selvedge.core.Untp;
import org.selvedge.core.Verifier;
import org.selvedge.core.testing.Fixture;
import org.selvedge.core.testing.Shared;
import org.selvedge.core.trust.TrustPolicy;
import org.selvedge.core.trust.TrustedIssuer;

/**
 * UNTP exports of the shared example records validate against the official UNTP 0.6.0 JSON Schemas
 * (read in place from ../shared/untp, GPL-3.0 test data), carry every claim, and verify.
 */
class UntpExportTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    final SigningIdentity coop = SigningIdentity.generate(KeyAlgorithm.ED25519);
    final SigningIdentity auditor = SigningIdentity.generate(KeyAlgorithm.ED25519);
    final Signer coopSigner = Selvedge.signer(coop).withClock(CLOCK);
    final Signer auditorSigner = Selvedge.signer(auditor).withClock(CLOCK);
    final Verifier verifier = Selvedge.verifier(TrustPolicy.builder()
            .trust(TrustedIssuer.of(coop.did(), "Producer", TrustPolicy.PRODUCER))
            .trust(TrustedIssuer.of(auditor.did(), "Auditor", TrustPolicy.AUDITOR)).build()).withClock(CLOCK);

    static JsonSchema schema(String kind) throws Exception {
        JsonNode schema = MAPPER.readTree(Shared.bytes("untp/schemas/" + kind + "/v0.6.0/schema.json"));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
    }

    static JsonNode payload(String jws) throws Exception {
        String[] parts = jws.split("\\.");
        JsonNode header = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.get("alg").textValue()).isEqualTo("EdDSA");
        assertThat(header.get("typ").textValue()).isEqualTo("vc+jwt");
        assertThat(header.get("cty").textValue()).isEqualTo("vc");
        assertThat(header.get("kid").textValue()).startsWith("did:key:z6Mk");
        return MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    static ProductProvenance record(String file) throws Exception {
        return Selvedge.readRecord(file.equals("fixture") ? Fixture.base().bytes() : Shared.bytes(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/co-branded-necklace.json", "examples/felt-artisan-kyrgyzstan.json", "fixture"})
    void productPassportConformsToTheSchemaCarriesEveryClaimAndVerifies(String file) throws Exception {
        ProductProvenance record = record(file);
        String jws = Untp.productPassport(record, coopSigner, record.producers().get(0).name());
        JsonNode dpp = payload(jws);
        Set<ValidationMessage> errors = schema("digitalProductPassport").validate(dpp);
        assertThat(errors).as(dpp.toPrettyString()).isEmpty();

        assertThat(dpp.get("@context").toString()).isEqualTo("[\"https://www.w3.org/ns/credentials/v2\","
                + "\"https://test.uncefact.org/vocabulary/untp/dpp/0.6.0/\"]");
        assertThat(dpp.at("/issuer/id").textValue()).isEqualTo(coop.did());
        JsonNode product = dpp.at("/credentialSubject/product");
        assertThat(product.get("name").textValue()).isEqualTo(record.product().name());
        assertThat(product.get("countryOfProduction").textValue()).isEqualTo(record.product().originCountry());
        assertThat(product.at("/producedByParty/id").textValue()).isEqualTo(record.producers().get(0).id());
        JsonNode claims = dpp.at("/credentialSubject/conformityClaim");
        assertThat(claims).hasSize(record.claims().size());
        for (int i = 0; i < claims.size(); i++) {
            JsonNode c = claims.get(i);
            String topic = record.claims().get(i).topic().name();
            assertThat(c.get("conformityTopic").textValue()).isEqualTo(topic.equals("FAIR_WAGE") ? "social.labour" : "social.rights");
            assertThat(c.get("conformance").booleanValue()).isTrue();
            assertThat(c.at("/referenceStandard/name").textValue()).contains(topic.equals("FAIR_WAGE") ? "fair-wage" : "ISO IWA 34:2021");
            if (topic.equals("FAIR_WAGE")) {
                JsonNode effective = c.get("declaredValue").get(0);
                assertThat(effective.get("metricName").textValue()).isEqualTo("effective hourly pay");
                assertThat(effective.at("/metricValue/unit").textValue()).endsWith("/h");
                assertThat(effective.at("/metricValue/value").isNumber()).isTrue();
                assertThat(c.get("declaredValue").get(1).get("metricName").textValue()).contains("hourly benchmark");
            }
        }
        VerificationResult r = verifier.verify(jws);
        assertThat(r.issues()).isEmpty();
        assertThat(r.format()).isEqualTo("vc+jwt");
    }

    @Test
    void necklaceFiguresAreTheRecordsFigures() throws Exception {
        ProductProvenance record = record("examples/co-branded-necklace.json");
        JsonNode claim = payload(Untp.productPassport(record, coopSigner, "Warmi Away")).at("/credentialSubject/conformityClaim/0");
        // Binding entry: the embroiderers' piece rate, (95.00 − 12.50) × 60 / 540 = 9.17 PEN/h, against 8.20.
        assertThat(claim.at("/declaredValue/0/metricValue/value").decimalValue()).isEqualByComparingTo("9.17");
        assertThat(claim.at("/declaredValue/0/metricValue/unit").textValue()).isEqualTo("PEN/h");
        assertThat(claim.at("/declaredValue/1/metricValue/value").decimalValue()).isEqualByComparingTo("8.20");
    }

    @Test
    void violatedClaimsExportWithConformanceFalse() throws Exception {
        ProductProvenance record = record("examples/failing/below-living-wage-and-small-board.json");
        JsonNode dpp = payload(Untp.productPassport(record, coopSigner, "Warmi Away"));
        assertThat(schema("digitalProductPassport").validate(dpp)).isEmpty();
        JsonNode claims = dpp.at("/credentialSubject/conformityClaim");
        assertThat(claims.get(0).get("conformance").booleanValue()).isFalse();
        assertThat(claims.get(0).get("description").textValue()).contains("BELOW_LIVING_WAGE");
        assertThat(claims.get(1).get("conformance").booleanValue()).isFalse();
        assertThat(claims.get(2).get("conformance").booleanValue()).isTrue();
        assertThat(claims.get(3).get("conformance").booleanValue()).isTrue();
        // The validator is not vacuous: a topic outside the UNTP enumeration is refused.
        ((com.fasterxml.jackson.databind.node.ObjectNode) claims.get(0)).put("conformityTopic", "social.wages");
        assertThat(schema("digitalProductPassport").validate(dpp)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/co-branded-necklace.json", "examples/felt-artisan-kyrgyzstan.json"})
    void conformityCredentialAttestsTheAssessedClaims(String file) throws Exception {
        ProductProvenance record = record(file);
        String signed = coopSigner.sign(record);
        String dccJws = Untp.conformityCredential(signed.getBytes(StandardCharsets.UTF_8), auditorSigner, "Andes Social Audit", verifier);
        JsonNode dcc = payload(dccJws);
        assertThat(schema("digitalConformityCredential").validate(dcc)).as(dcc.toPrettyString()).isEmpty();
        assertThat(dcc.at("/issuer/id").textValue()).isEqualTo(auditor.did());
        assertThat(dcc.at("/credentialSubject/assessorLevel").textValue()).isEqualTo("3rdParty");
        JsonNode assessments = dcc.at("/credentialSubject/assessment");
        assertThat(assessments).hasSize(record.claims().size());
        assertThat(assessments.get(0).at("/auditor/id").textValue()).isEqualTo(auditor.did());
        assertThat(assessments.get(0).at("/assessedProduct/0/product/name").textValue()).isEqualTo(record.product().name());
        assertThat(verifier.verify(dccJws).issues()).isEmpty();

        String tampered = signed.replace("\"amount\" : \"", "\"amount\" : \"1");
        assertThatThrownBy(() -> Untp.conformityCredential(tampered.getBytes(StandardCharsets.UTF_8), auditorSigner, "A", verifier))
                .isInstanceOf(SelvedgeException.class).hasMessageContaining("SIGNATURE_INVALID");
    }

    /** The auditor's policy may require its own attestation: the conformity credential is that attestation. */
    @Test
    void anUnmetAuditorRequirementDoesNotStopTheAuditorAttesting() throws Exception {
        Verifier demanding = Selvedge.verifier(TrustPolicy.builder()
                .trust(TrustedIssuer.of(coop.did(), "Producer", TrustPolicy.PRODUCER))
                .trust(TrustedIssuer.of(auditor.did(), "Auditor", TrustPolicy.AUDITOR))
                .require(new org.selvedge.core.trust.AttestationRequirement(
                        java.util.Set.of(org.selvedge.api.records.ClaimTopic.FAIR_WAGE), TrustPolicy.AUDITOR))
                .build()).withClock(CLOCK);
        byte[] signed = coopSigner.sign(record("fixture")).getBytes(StandardCharsets.UTF_8);
        assertThat(demanding.verify(signed).issues()).extracting(i -> i.code().name()).containsOnly("ATTESTATION_MISSING");
        assertThat(payload(Untp.conformityCredential(signed, auditorSigner, "Auditor", demanding)).at("/issuer/id").textValue())
                .isEqualTo(auditor.did());
    }

    @Test
    void untpCredentialsAreSignedWithEdDsaOnly() throws Exception {
        Signer p256 = Selvedge.signer(SigningIdentity.generate(KeyAlgorithm.P256)).withClock(CLOCK);
        assertThatThrownBy(() -> Untp.productPassport(record("fixture"), p256, "x"))
                .isInstanceOf(SelvedgeException.class).hasMessageContaining("Ed25519");
        byte[] signed = coopSigner.sign(record("fixture")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Untp.conformityCredential(signed, p256, "x", verifier))
                .isInstanceOf(SelvedgeException.class).hasMessageContaining("Ed25519");
    }

    @Test
    void exportsAreReproducibleForTheSameRecord() throws Exception {
        ProductProvenance record = record("fixture");
        assertThat(payload(Untp.productPassport(record, coopSigner, "x")).get("id"))
                .isEqualTo(payload(Untp.productPassport(record, coopSigner, "x")).get("id"));
    }
}
