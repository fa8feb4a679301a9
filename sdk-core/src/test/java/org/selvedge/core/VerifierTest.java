package org.selvedge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.IssueCode;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.testing.Fixture;
import org.selvedge.core.trust.AttestationRequirement;
import org.selvedge.core.trust.TrustPolicy;
import org.selvedge.core.trust.TrustedIssuer;

/** Signing and verifying: proofs, proof sets, JWS, trust policy, dates and claims. */
class VerifierTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    final SigningIdentity coop = SigningIdentity.generate(KeyAlgorithm.ED25519);
    final SigningIdentity auditor = SigningIdentity.generate(KeyAlgorithm.P256);
    final ProductProvenance record = record();

    static ProductProvenance record() {
        try {
            return Selvedge.readRecord(Fixture.base().bytes());
        } catch (RecordFormatException e) {
            throw new AssertionError(e);
        }
    }

    TrustPolicy policy(AttestationRequirement... requirements) {
        TrustPolicy.Builder b = TrustPolicy.builder()
                .trust(TrustedIssuer.of(coop.did(), "Test Basket Cooperative", TrustPolicy.PRODUCER))
                .trust(TrustedIssuer.of(auditor.did(), "Test Audit", TrustPolicy.AUDITOR));
        for (AttestationRequirement r : requirements) {
            b.require(r);
        }
        return b.build();
    }

    Verifier verifier() {
        return Selvedge.verifier(policy()).withClock(CLOCK);
    }

    String signed() throws SelvedgeException {
        return Selvedge.signer(coop).withClock(CLOCK).sign(record);
    }

    static List<IssueCode> codes(VerificationResult r) {
        return r.issues().stream().map(Issue::code).distinct().toList();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void signThenVerify_bothAlgorithms(KeyAlgorithm alg) throws Exception {
        SigningIdentity id = SigningIdentity.generate(alg);
        String vc = Selvedge.signer(id).withClock(CLOCK).sign(record);
        JsonNode tree = MAPPER.readTree(vc);
        assertThat(tree.get("@context").get(0).textValue()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(tree.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"ProvenanceCredential\"]");
        assertThat(tree.get("issuer").textValue()).isEqualTo(id.did());
        assertThat(tree.get("validFrom").textValue()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(tree.get("proof").get("cryptosuite").textValue())
                .isEqualTo(alg == KeyAlgorithm.ED25519 ? "eddsa-jcs-2022" : "ecdsa-jcs-2019");
        assertThat(tree.get("proof").get("proofValue").textValue()).startsWith("z");
        assertThat(MAPPER.readTree(Selvedge.toJson(record))).isEqualTo(tree.get("credentialSubject"));

        TrustPolicy p = TrustPolicy.builder().trust(TrustedIssuer.of(id.did(), "x", TrustPolicy.PRODUCER)).build();
        VerificationResult r = Selvedge.verifier(p).withClock(CLOCK).verify(vc);
        assertThat(r.issues()).isEmpty();
        assertThat(r.valid()).isTrue();
        assertThat(r.issuer()).isEqualTo(id.did());
        assertThat(r.claims().valid()).isTrue();
        assertThat(r.attestations()).hasSize(5).allMatch(a -> a.selfDeclared());
    }

    @Test
    void proofSet_auditorCoSigns_eachProofVerifiedIndependently() throws Exception {
        String cosigned = Selvedge.signer(auditor).withClock(CLOCK).cosign(signed().getBytes(StandardCharsets.UTF_8));
        JsonNode tree = MAPPER.readTree(cosigned);
        assertThat(tree.get("proof").isArray()).isTrue();
        assertThat(tree.get("proof")).hasSize(2);
        assertThat(tree.get("issuer").textValue()).isEqualTo(coop.did());

        Verifier v = Selvedge.verifier(policy(new AttestationRequirement(Set.of(ClaimTopic.FAIR_WAGE), TrustPolicy.AUDITOR)))
                .withClock(CLOCK);
        VerificationResult r = v.verify(cosigned);
        assertThat(r.issues()).isEmpty();
        assertThat(r.proofs()).hasSize(2).allMatch(p -> p.valid());
        assertThat(r.attestations().get(0).selfDeclared()).isFalse();
        assertThat(r.attestations().get(0).roles()).containsExactlyInAnyOrder("PRODUCER", "AUDITOR");
        assertThat(r.attestations().get(0).attesters().get(0).issuer()).isTrue();

        // Break only the auditor's proof: the cooperative's still verifies, the auditor's does not.
        ObjectNode broken = (ObjectNode) MAPPER.readTree(cosigned);
        ((ObjectNode) broken.get("proof").get(1)).put("created", "2026-11-22T09:59:59Z");
        VerificationResult b = v.verify(broken.toString());
        assertThat(b.proofs().get(0).valid()).isTrue();
        assertThat(b.proofs().get(1).issues()).extracting(Issue::code).containsExactly(IssueCode.SIGNATURE_INVALID);
        assertThat(codes(b)).contains(IssueCode.SIGNATURE_INVALID, IssueCode.ATTESTATION_MISSING);
    }

    @Test
    void cosigningRefusesBrokenProofsAndDoubleSignatures() throws Exception {
        String vc = signed();
        assertThatThrownBy(() -> Selvedge.signer(coop).cosign(vc.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SelvedgeException.class).hasMessageContaining("already signed");
        String tampered = vc.replace("\"600.00\"", "\"900.00\"");
        assertThatThrownBy(() -> Selvedge.signer(auditor).cosign(tampered.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SelvedgeException.class).hasMessageContaining("do not verify");
    }

    @Test
    void attestationMissing_whenThePolicyRequiresAnAuditor() throws Exception {
        Verifier v = Selvedge.verifier(policy(new AttestationRequirement(Set.of(ClaimTopic.FAIR_WAGE), TrustPolicy.AUDITOR)))
                .withClock(CLOCK);
        VerificationResult r = v.verify(signed());
        assertThat(codes(r)).containsExactly(IssueCode.ATTESTATION_MISSING);
        assertThat(r.issues()).extracting(Issue::path).containsExactly("/credentialSubject/claims/0",
                "/credentialSubject/claims/3");
    }

    @Test
    void untrustedIssuer() throws Exception {
        SigningIdentity stranger = SigningIdentity.generate(KeyAlgorithm.ED25519);
        VerificationResult r = verifier().verify(Selvedge.signer(stranger).withClock(CLOCK).sign(record));
        assertThat(codes(r)).containsExactly(IssueCode.UNTRUSTED_ISSUER);
    }

    @Test
    void revokedAndOutOfWindowSigners() throws Exception {
        TrustPolicy revoked = TrustPolicy.builder().trust(TrustedIssuer.of(coop.did(), "c", TrustPolicy.PRODUCER).revoke()).build();
        assertThat(codes(Selvedge.verifier(revoked).withClock(CLOCK).verify(signed()))).containsExactly(IssueCode.REVOKED_ISSUER);
        TrustPolicy lapsed = TrustPolicy.builder().trust(TrustedIssuer.of(coop.did(), "c", TrustPolicy.PRODUCER)
                .during(null, NOW.minusSeconds(1))).build();
        assertThat(codes(Selvedge.verifier(lapsed).withClock(CLOCK).verify(signed()))).containsExactly(IssueCode.REVOKED_ISSUER);
    }

    @Test
    void expiredAndNotYetValid_againstTheInjectedClock() throws Exception {
        String vc = Selvedge.signer(coop).withClock(CLOCK).validFor(Duration.ofDays(30)).sign(record);
        assertThat(MAPPER.readTree(vc).get("validUntil").textValue()).isEqualTo("2026-12-22T10:00:00Z");
        assertThat(verifier().verify(vc).valid()).isTrue();
        Clock later = Clock.fixed(NOW.plus(Duration.ofDays(31)), ZoneOffset.UTC);
        assertThat(codes(Selvedge.verifier(policy()).withClock(later).verify(vc))).containsExactly(IssueCode.EXPIRED);
        Clock earlier = Clock.fixed(NOW.minus(Duration.ofDays(1)), ZoneOffset.UTC);
        assertThat(codes(Selvedge.verifier(policy()).withClock(earlier).verify(vc))).contains(IssueCode.NOT_YET_VALID);
    }

    /** One cause, one code: a changed amount breaks the issuer's signature, which is not also an issuer mismatch. */
    @Test
    void aTamperedCredentialIsOnlySignatureInvalid() throws Exception {
        assertThat(codes(verifier().verify(signed().replace("\"600.00\"", "\"900.00\"")))).containsExactly(IssueCode.SIGNATURE_INVALID);
    }

    @Test
    void issuerMismatch_whenTheIssuerIsNotTheSigner() throws Exception {
        ObjectNode vc = (ObjectNode) MAPPER.readTree(signed());
        vc.put("issuer", auditor.did());
        VerificationResult r = verifier().verify(vc.toString());
        assertThat(codes(r)).contains(IssueCode.SIGNATURE_INVALID, IssueCode.ISSUER_MISMATCH);
    }

    @Test
    void tamperingWithAnySignedFieldIsCaught() throws Exception {
        String vc = signed();
        JsonNode original = MAPPER.readTree(vc);
        List<String> pointers = new java.util.ArrayList<>();
        collectLeaves(original, "", pointers);
        assertThat(pointers).hasSizeGreaterThan(50);
        for (String pointer : pointers) {
            if (pointer.equals("/proof/proofValue")) {
                continue; // covered below: a changed signature
            }
            ObjectNode copy = original.deepCopy();
            JsonNode parent = copy.at(pointer.substring(0, pointer.lastIndexOf('/')));
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            JsonNode leaf = copy.at(pointer);
            JsonNode changed = leaf.isTextual() ? MAPPER.valueToTree(leaf.textValue() + "0")
                    : leaf.isInt() ? MAPPER.valueToTree(leaf.intValue() + 1) : MAPPER.valueToTree("x");
            if (parent instanceof ObjectNode o) {
                o.set(last, changed);
            } else {
                ((ArrayNode) parent).set(Integer.parseInt(last), changed);
            }
            VerificationResult r = verifier().verify(copy.toString());
            assertThat(r.valid()).as("changing %s must not verify", pointer).isFalse();
        }
        ObjectNode sig = original.deepCopy();
        String pv = sig.get("proof").get("proofValue").textValue();
        ((ObjectNode) sig.get("proof")).put("proofValue", pv.substring(0, pv.length() - 1) + (pv.endsWith("2") ? "3" : "2"));
        assertThat(codes(verifier().verify(sig.toString()))).containsAnyOf(IssueCode.SIGNATURE_INVALID, IssueCode.MALFORMED_PROOF);
    }

    private static void collectLeaves(JsonNode n, String path, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> collectLeaves(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collectLeaves(n.get(i), path + "/" + i, out);
            }
        } else {
            out.add(path);
        }
    }

    @Test
    void claimViolatedInASignedRecordIsReported() throws Exception {
        ProductProvenance bad = Selvedge.readRecord(Fixture.base().set("/wageEvidence/0/pay/amount", "300.00").bytes());
        assertThatThrownBy(() -> Selvedge.signer(coop).sign(bad)).isInstanceOf(ClaimsViolatedException.class);
        String vc = Selvedge.signer(coop).withClock(CLOCK).allowingViolations().sign(bad);
        VerificationResult r = verifier().verify(vc);
        assertThat(codes(r)).containsExactly(IssueCode.CLAIM_VIOLATED);
        assertThat(r.issues()).extracting(Issue::path).contains("/credentialSubject/wageEvidence/0/pay");
        assertThat(r.claims().valid()).isFalse();
    }

    @Test
    void jws_roundTripAndStrictness() throws Exception {
        String jws = Selvedge.signer(coop).withClock(CLOCK).signJws(record);
        String[] parts = jws.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertThat(header.get("alg").textValue()).isEqualTo("EdDSA");
        assertThat(header.get("typ").textValue()).isEqualTo("vc+jwt");
        assertThat(header.get("cty").textValue()).isEqualTo("vc");
        assertThat(header.get("kid").textValue()).isEqualTo(coop.verificationMethod());
        JsonNode payload = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(payload.get("issuer").textValue()).isEqualTo(coop.did());
        assertThat(payload.has("proof")).isFalse();

        VerificationResult r = verifier().verify(jws);
        assertThat(r.issues()).isEmpty();
        assertThat(r.format()).isEqualTo("vc+jwt");

        String es256 = Selvedge.signer(auditor).withClock(CLOCK).signJws(record);
        TrustPolicy p = TrustPolicy.builder().trust(TrustedIssuer.of(auditor.did(), "a", TrustPolicy.AUDITOR)).build();
        assertThat(Selvedge.verifier(p).withClock(CLOCK).verify(es256).issues()).isEmpty();

        String tamperedPayload = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.toString().replace("600.00", "900.00").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(codes(verifier().verify(tamperedPayload))).contains(IssueCode.SIGNATURE_INVALID);
        assertThat(verifier().verify(jws + "=").valid()).isFalse();
        assertThat(verifier().verify(jws + ".x").valid()).isFalse();
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"vc+jwt\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertThat(codes(verifier().verify(none))).containsExactly(IssueCode.UNSUPPORTED_CRYPTOSUITE);
    }

    @Test
    void anUntrustedCoSignerDoesNotAttestAndDoesNotInvalidate() throws Exception {
        SigningIdentity stranger = SigningIdentity.generate(KeyAlgorithm.ED25519);
        String cosigned = Selvedge.signer(stranger).withClock(CLOCK).cosign(signed().getBytes(StandardCharsets.UTF_8));
        VerificationResult r = verifier().verify(cosigned);
        assertThat(r.issues()).isEmpty();
        assertThat(r.proofs().get(1).issues()).extracting(Issue::code).containsExactly(IssueCode.UNTRUSTED_ISSUER);
        assertThat(r.attestations()).allSatisfy(a -> assertThat(a.attesters()).extracting(a2 -> a2.did()).containsExactly(coop.did()));
        // ...but the issuer itself must be trusted, co-signed or not.
        TrustPolicy onlyStranger = TrustPolicy.builder().trust(TrustedIssuer.of(stranger.did(), "s", TrustPolicy.AUDITOR)).build();
        assertThat(codes(Selvedge.verifier(onlyStranger).withClock(CLOCK).verify(cosigned))).contains(IssueCode.UNTRUSTED_ISSUER);
    }

    @Test
    void anIssuerHoldingTheAuditorRoleCannotAttestItsOwnClaims() throws Exception {
        TrustPolicy p = TrustPolicy.builder().trust(TrustedIssuer.of(coop.did(), "c", TrustPolicy.PRODUCER, TrustPolicy.AUDITOR))
                .require(new AttestationRequirement(Set.of(ClaimTopic.FAIR_WAGE), TrustPolicy.AUDITOR)).build();
        VerificationResult r = Selvedge.verifier(p).withClock(CLOCK).verify(signed());
        assertThat(codes(r)).containsExactly(IssueCode.ATTESTATION_MISSING);
        assertThat(r.issues().get(0).message()).contains("other than the issuer");
    }

    @Test
    void aRequirementForARoleNobodyHoldsIsRefusedWhenThePolicyIsBuilt() {
        assertThatThrownBy(() -> TrustPolicy.builder().trust(TrustedIssuer.of(coop.did(), "c", TrustPolicy.PRODUCER))
                .require(new AttestationRequirement(Set.of(ClaimTopic.FAIR_WAGE), "AUDITR")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AUDITR");
    }

    @Test
    void aFewMinutesOfClockSkewAreTolerated() throws Exception {
        Clock ahead = Clock.fixed(NOW.plus(Duration.ofSeconds(90)), ZoneOffset.UTC);
        assertThat(verifier().verify(Selvedge.signer(coop).withClock(ahead).sign(record)).issues()).isEmpty();
        Clock farAhead = Clock.fixed(NOW.plus(Duration.ofMinutes(10)), ZoneOffset.UTC);
        assertThat(codes(verifier().verify(Selvedge.signer(coop).withClock(farAhead).sign(record)))).contains(IssueCode.NOT_YET_VALID);
    }

    @Test
    void validUntilBeforeValidFromIsMalformed() throws Exception {
        ObjectNode vc = (ObjectNode) MAPPER.readTree(signed());
        vc.put("validUntil", "2026-11-21T10:00:00Z");
        VerificationResult r = verifier().verify(vc.toString());
        assertThat(r.issues()).extracting(Issue::code, Issue::path).contains(org.assertj.core.groups.Tuple.tuple(
                IssueCode.MALFORMED_CREDENTIAL, "/validUntil"));
    }

    @Test
    void proofChainsAreRefusedClearly() throws Exception {
        ObjectNode vc = (ObjectNode) MAPPER.readTree(signed());
        ((ObjectNode) vc.get("proof")).put("previousProof", "urn:uuid:0");
        VerificationResult r = verifier().verify(vc.toString());
        assertThat(r.issues()).filteredOn(i -> i.path().equals("/proof/previousProof")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("not supported"));
    }

    @Test
    void aForgedProofIsReportedAsSuchEvenWhenItAlsoExpired() throws Exception {
        ObjectNode vc = (ObjectNode) MAPPER.readTree(signed());
        ((ObjectNode) vc.get("proof")).put("expires", "2026-01-01T00:00:00Z");
        assertThat(codes(verifier().verify(vc.toString()))).contains(IssueCode.EXPIRED, IssueCode.SIGNATURE_INVALID);
    }

    /** The suites' proof configuration takes the document's @context when the proof has none. */
    @Test
    void aProofWithoutContextIsHashedWithTheDocumentsContext() throws Exception {
        ObjectNode vc = (ObjectNode) MAPPER.readTree(signed());
        ((ObjectNode) vc.get("proof")).remove("@context");
        assertThat(verifier().verify(vc.toString()).issues()).isEmpty();
    }

    @Test
    void theProjectContextDocumentIsJsonLdWithTheVocabulary() throws Exception {
        JsonNode doc = MAPPER.readTree(Selvedge.PROVENANCE_CONTEXT_DOCUMENT);
        assertThat(doc.at("/@context/@vocab").textValue()).isEqualTo("https://w3id.org/selvedge/provenance/v1#");
        assertThat(Selvedge.PROVENANCE_CONTEXT).isEqualTo("https://w3id.org/selvedge/provenance/v1");
    }

    @Test
    void newCredentialsNameTheProjectContextByUrl() throws Exception {
        assertThat(MAPPER.readTree(signed()).get("@context").toString())
                .isEqualTo("[\"https://www.w3.org/ns/credentials/v2\",\"https://w3id.org/selvedge/provenance/v1\"]");
        // Credentials signed with the earlier embedded context object still verify.
        ObjectNode vc = (ObjectNode) MAPPER.readTree(signed());
        vc.remove("proof");
        ((ArrayNode) vc.get("@context")).set(1, MAPPER.createObjectNode().put("@vocab", "https://w3id.org/selvedge/provenance/v1#"));
        String resigned = Selvedge.signer(coop).withClock(CLOCK).signJws(vc.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(verifier().verify(resigned).issues()).isEmpty();
    }

    /** VC-JOSE-COSE: JWT claims beside the credential keep their meaning; unknown header parameters are ignored. */
    @Test
    void jwsClaimsAndHeaderParameters() throws Exception {
        ObjectNode payload = (ObjectNode) MAPPER.readTree(Base64.getUrlDecoder().decode(Selvedge.signer(coop).withClock(CLOCK)
                .signJws(record).split("\\.")[1]));
        String kid = coop.verificationMethod();
        String base = "{\"alg\":\"EdDSA\",\"typ\":\"vc+jwt\",\"cty\":\"vc\",\"kid\":\"" + kid + "\"";
        assertThat(verifier().verify(jws(base + ",\"iat\":1}", payload)).issues()).isEmpty();
        assertThat(verifier().verify(jws("{\"alg\":\"EdDSA\",\"typ\":\"application/vc+jwt\",\"cty\":\"application/vc\",\"kid\":\""
                + kid + "\"}", payload)).issues()).isEmpty();
        assertThat(codes(verifier().verify(jws(base + "}", payload.deepCopy().put("exp", NOW.minusSeconds(3600).getEpochSecond())))))
                .containsExactly(IssueCode.EXPIRED);
        assertThat(codes(verifier().verify(jws(base + "}", payload.deepCopy().put("nbf", NOW.plusSeconds(3600).getEpochSecond())))))
                .containsExactly(IssueCode.NOT_YET_VALID);
        assertThat(codes(verifier().verify(jws(base + "}", payload.deepCopy().put("exp", "tomorrow")))))
                .containsExactly(IssueCode.MALFORMED_CREDENTIAL);
        ObjectNode wrapped = payload.deepCopy();
        wrapped.set("vc", payload.deepCopy());
        assertThat(codes(verifier().verify(jws(base + "}", wrapped)))).containsExactly(IssueCode.MALFORMED_CREDENTIAL);
        assertThat(codes(verifier().verify(jws(base + "}", payload.deepCopy().put("iss", auditor.did())))))
                .containsExactly(IssueCode.ISSUER_MISMATCH);
        assertThat(codes(verifier().verify(jws(base + ",\"iss\":\"" + auditor.did() + "\"}", payload))))
                .containsExactly(IssueCode.ISSUER_MISMATCH);
        assertThat(verifier().verify(jws(base + "}", payload.deepCopy().put("iss", coop.did()))).issues()).isEmpty();
    }

    private String jws(String header, JsonNode payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        return input + "." + b64.encodeToString(coop.key().sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aVerifierWithoutAPolicyIsAUsageError() {
        assertThatThrownBy(() -> Selvedge.verifier(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("trust policy is required");
        assertThatThrownBy(() -> TrustPolicy.builder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aJwsLongerThanAnyCredentialUnderTheLimitsIsRefusedBeforeDecoding() {
        String huge = "eyJhbGciOiJFZERTQSJ9." + "A".repeat(2 << 20) + ".AAAA";
        assertThat(verifier().verify(huge).issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.LIMIT_EXCEEDED);
            assertThat(i.message()).contains("characters");
        });
    }

    @Test
    void inputThatIsNeitherJsonNorAJwsSaysSo() {
        assertThat(verifier().verify("   ").issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("empty"));
        assertThat(verifier().verify("hello").issues()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("neither a JSON credential"));
        assertThat(verifier().verify("[1,2,3]").issues()).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("JSON object"));
    }

    @Test
    void garbageInputIsAResultNotAnException() {
        for (String input : new String[] {"", "{", "[]", "null", "not a jws", "a.b.c", "{\"proof\":1}"}) {
            VerificationResult r = verifier().verify(input);
            assertThat(r.valid()).as(input).isFalse();
            assertThat(r.issues()).as(input).isNotEmpty();
        }
    }

    @Test
    void privateKeyNeverAppearsInToStringOrErrors() throws Exception {
        String jwk = coop.toPrivateJwk();
        String d = MAPPER.readTree(jwk).get("d").textValue();
        assertThat(coop.toString()).doesNotContain(d).contains(coop.did());
        assertThat(SigningIdentity.fromJwk(jwk)).isEqualTo(coop);
        String broken = jwk.replace("\"OKP\"", "\"XYZ\"");
        assertThatThrownBy(() -> SigningIdentity.fromJwk(broken)).isInstanceOf(SelvedgeException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(d));
    }

    @Test
    void trustPolicyFromJson() throws Exception {
        String json = "{\"issuers\":[{\"did\":\"" + coop.did() + "\",\"name\":\"Coop\",\"roles\":[\"PRODUCER\"]},"
                + "{\"did\":\"" + auditor.did() + "\",\"name\":\"Audit\",\"roles\":[\"AUDITOR\"],\"revoked\":true}],"
                + "\"requirements\":[{\"topics\":[\"FAIR_WAGE\"],\"attestedBy\":\"AUDITOR\"}]}";
        TrustPolicy p = TrustPolicy.fromJson(json.getBytes(StandardCharsets.UTF_8));
        assertThat(p.issuer(auditor.did()).orElseThrow().revoked()).isTrue();
        assertThat(p.requirements()).hasSize(1);
        for (String bad : new String[] {"{}", "{\"issuers\":[]}", "{\"issuers\":[{\"did\":\"x\",\"roles\":[\"A\"]}]}",
                "{\"issuers\":[{\"did\":\"did:key:z\",\"roles\":[\"A\"],\"extra\":1}]}",
                "{\"issuers\":[{\"did\":\"did:key:z\",\"roles\":[\"A\"]}],\"requirements\":[{\"topics\":[\"NOPE\"],\"attestedBy\":\"A\"}]}"}) {
            assertThatThrownBy(() -> TrustPolicy.fromJson(bad.getBytes(StandardCharsets.UTF_8))).as(bad)
                    .isInstanceOf(SelvedgeException.class);
        }
    }
}
