package org.selvedge.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.verification.Issue;
import org.selvedge.core.credential.Credentials;
import org.selvedge.core.credential.CredentialVerifier;
import org.selvedge.core.credential.Cryptosuite;
import org.selvedge.core.credential.DataIntegrity;
import org.selvedge.core.credential.Jws;
import org.selvedge.core.crypto.Multibase;
import org.selvedge.core.json.Jcs;
import org.selvedge.core.json.JsonInputException;
import org.selvedge.core.json.JsonOutput;
import org.selvedge.core.json.RecordWriter;
import org.selvedge.core.json.StrictJson;

/**
 * Signs provenance records as W3C Verifiable Credentials 2.0. Immutable and thread-safe.
 *
 * <pre>{@code
 * Signer coop = Selvedge.signer(coopIdentity);
 * String signed = coop.sign(record);                  // eddsa-jcs-2022 Data Integrity proof
 * String cosigned = Selvedge.signer(auditorIdentity).cosign(signed.getBytes(UTF_8)); // proof set
 * String jws = coop.signJws(record);                  // VC-JOSE-COSE compact JWS
 * }</pre>
 *
 * A record whose claims are violated is refused unless {@link #allowingViolations()}: a signature
 * should not lend weight to claims the signer's own evidence contradicts.
 */
public final class Signer {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SigningIdentity identity;
    private final Clock clock;
    private final Duration validity;
    private final boolean allowViolations;
    private final ClaimChecker checker;
    private final boolean compact;

    private Signer(SigningIdentity identity, Clock clock, Duration validity, boolean allowViolations, ClaimChecker checker,
            boolean compact) {
        this.identity = identity;
        this.clock = clock;
        this.validity = validity;
        this.allowViolations = allowViolations;
        this.checker = checker;
        this.compact = compact;
    }

    /** A signer for this identity: UTC system clock, no expiry, violated claims refused. */
    public static Signer of(SigningIdentity identity) {
        return new Signer(Objects.requireNonNull(identity, "identity"), Clock.systemUTC(), null, false, ClaimChecker.DEFAULT,
                false);
    }

    /** This signer with another clock (for {@code validFrom} and {@code created}). */
    public Signer withClock(Clock c) {
        return new Signer(identity, Objects.requireNonNull(c, "clock"), validity, allowViolations, checker, compact);
    }

    /** This signer, setting {@code validUntil} to {@code validFrom + duration}. */
    public Signer validFor(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
        return new Signer(identity, clock, duration, allowViolations, checker, compact);
    }

    /** This signer, signing records even when their claims are violated. */
    public Signer allowingViolations() {
        return new Signer(identity, clock, validity, true, checker, compact);
    }

    /** This signer, judging claims with {@code claimChecker} before signing. */
    public Signer withChecker(ClaimChecker claimChecker) {
        return new Signer(identity, clock, validity, allowViolations, Objects.requireNonNull(claimChecker, "claimChecker"),
                compact);
    }

    /** This signer, writing credentials on one line (for JSON Lines) instead of indented. */
    public Signer withCompactOutput() {
        return new Signer(identity, clock, validity, allowViolations, checker, true);
    }

    /** The clock it stamps credentials with. */
    Clock clock() {
        return clock;
    }

    /** The identity it signs as. */
    public SigningIdentity identity() {
        return identity;
    }

    /**
     * The record as a credential issued by this identity, with one Data Integrity proof
     * ({@code eddsa-jcs-2022} for Ed25519, {@code ecdsa-jcs-2019} for P-256), as indented JSON.
     *
     * @throws SelvedgeException when the record is invalid or a claim is violated (unless allowed)
     */
    public String sign(ProductProvenance record) throws SelvedgeException {
        ObjectNode vc = credential(record);
        vc.set("proof", proof(vc));
        return pretty(vc);
    }

    /** The record as a credential secured by a compact JWS (VC-JOSE-COSE, {@code typ vc+jwt}). */
    public String signJws(ProductProvenance record) throws SelvedgeException {
        return jws(credential(record));
    }

    /**
     * Secures an existing unsigned credential (JSON, no {@code proof}) as a compact JWS; its issuer must be
     * this identity.
     */
    public String signJws(byte[] credentialJson) throws SelvedgeException {
        ObjectNode vc = parseCredential(credentialJson);
        if (vc.has("proof")) {
            throw new SelvedgeException("the credential already carries Data Integrity proofs; a JWS secures an unsigned credential");
        }
        return jws(vc);
    }

    /**
     * Adds this identity's proof to a signed credential, making (or extending) a proof set; the existing
     * proofs must verify and the claims must hold (unless allowed). The issuer stays as it is.
     *
     * @throws SelvedgeException when the input is not a signed credential, a proof does not verify, this
     *     identity has already signed it, or a claim is violated
     */
    public String cosign(byte[] signedCredential) throws SelvedgeException {
        ObjectNode vc = parseCredential(signedCredential);
        if (!vc.has("proof")) {
            throw new SelvedgeException("the credential has no proof to add to; sign the record instead");
        }
        List<Issue> broken = new CredentialVerifier(null, clock, checker, JsonLimits.DEFAULT).signatureIssues(vc);
        if (!broken.isEmpty()) {
            throw new SelvedgeException("will not co-sign a credential whose proofs do not verify: " + broken.get(0));
        }
        JsonNode existing = vc.get("proof");
        ArrayNode set = existing.isArray() ? (ArrayNode) existing : JsonNodeFactory.instance.arrayNode().add(existing);
        for (JsonNode p : set) {
            JsonNode vm = p.get("verificationMethod");
            if (vm != null && identity.verificationMethod().equals(vm.asText())) {
                throw new SelvedgeException(identity.did() + " has already signed this credential");
            }
        }
        if (Credentials.hasType(vc, Credentials.PROVENANCE_TYPE) && !allowViolations) {
            byte[] subject = vc.get("credentialSubject").toString().getBytes(StandardCharsets.UTF_8);
            refuseViolations(checker.check(subject));
        }
        set.add(proof(vc));
        vc.set("proof", set);
        return pretty(vc);
    }

    private ObjectNode credential(ProductProvenance record) throws SelvedgeException {
        ClaimReport report = checker.check(Objects.requireNonNull(record, "record"));
        if (!allowViolations) {
            refuseViolations(report);
        }
        // Written, then read back as a verifier reads it (the checker's limits): what is signed is verifiable.
        JsonNode subject;
        try {
            subject = StrictJson.parse(JsonOutput.compact(g -> RecordWriter.write(record, g)).getBytes(StandardCharsets.UTF_8),
                    checker.limits());
        } catch (JsonInputException e) {
            throw new SelvedgeException("the record, written as JSON, is not one a verifier would accept: " + e.code()
                    + (e.path().isEmpty() ? "" : " at " + e.path()) + ": " + e.getMessage(), e);
        }
        Instant now = clock.instant();
        return Credentials.credential(Credentials.provenanceContext(), Credentials.provenanceTypes(), identity.did(), now,
                validity == null ? null : now.plus(validity), subject);
    }

    private static void refuseViolations(ClaimReport report) throws SelvedgeException {
        if (!report.valid()) {
            throw new ClaimsViolatedException(report);
        }
    }

    /** A proof by this identity over {@code vc} without its proofs. */
    private ObjectNode proof(ObjectNode vc) {
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        options.put("type", "DataIntegrityProof");
        options.put("cryptosuite", Cryptosuite.forKey(identity.key().verificationKey().type()).id());
        options.put("created", Credentials.timestamp(clock.instant()));
        options.put("verificationMethod", identity.verificationMethod());
        options.put("proofPurpose", "assertionMethod");
        options.set("@context", vc.get("@context"));
        byte[] signature = DataIntegrity.sign(identity.key(), options, Jcs.canonicalizeWithout(vc, "proof"));
        options.put("proofValue", Multibase.encodeBase58btc(signature));
        return options;
    }

    private String jws(ObjectNode vc) throws SelvedgeException {
        String issuer = Credentials.issuerId(vc);
        if (!identity.did().equals(issuer)) {
            throw new SelvedgeException("the credential's issuer is " + issuer + ", not the signer " + identity.did()
                    + ": a JWS has one signer, who must be the issuer");
        }
        return Jws.sign(identity.key(), identity.verificationMethod(), vc.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode parseCredential(byte[] json) throws SelvedgeException {
        JsonNode root;
        try {
            root = StrictJson.parse(json);
        } catch (JsonInputException e) {
            throw new SelvedgeException("not a credential: " + e.getMessage(), e);
        }
        if (!root.isObject() || !Credentials.hasType(root, "VerifiableCredential")) {
            throw new SelvedgeException("not a Verifiable Credential (type must include VerifiableCredential)");
        }
        return (ObjectNode) root;
    }

    private String pretty(JsonNode vc) {
        if (compact) {
            return vc.toString();
        }
        try {
            return PRETTY.writeValueAsString(vc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
