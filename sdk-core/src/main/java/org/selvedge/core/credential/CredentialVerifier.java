package org.selvedge.core.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ClaimResult;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.records.Claim;
import org.selvedge.api.verification.Attestation;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.IssueCode;
import org.selvedge.api.verification.ProofResult;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.ClaimChecker;
import org.selvedge.core.JsonLimits;
import org.selvedge.core.crypto.DidKey;
import org.selvedge.core.crypto.KeyFormatException;
import org.selvedge.core.crypto.KeyType;
import org.selvedge.core.crypto.Multibase;
import org.selvedge.core.crypto.VerificationKey;
import org.selvedge.core.claims.ClaimRules;
import org.selvedge.core.json.Jcs;
import org.selvedge.core.json.RecordReader;
import org.selvedge.core.json.JcsException;
import org.selvedge.core.json.JsonInputException;
import org.selvedge.core.json.StrictJson;
import org.selvedge.core.trust.AttestationRequirement;
import org.selvedge.core.trust.TrustPolicy;
import org.selvedge.core.trust.TrustedIssuer;

/**
 * Verifies signed provenance credentials: every proof (Data Integrity proof sets or a compact
 * JWS), that the issuer signed, the validity dates, the trust policy and its attestation
 * requirements, and the claims of the subject, re-checked. Immutable and thread-safe; parsing and
 * canonicalization happen once per credential, and decoded keys are cached per verification method.
 */
public final class CredentialVerifier {
    /** Proofs may be stamped slightly ahead of the verifier's clock. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Set<String> PROOF_MEMBERS = Set.of("type", "cryptosuite", "created", "expires",
            "verificationMethod", "proofPurpose", "proofValue", "@context", "id", "nonce", "domain", "challenge");
    private static final int KEY_CACHE_LIMIT = 10_000;
    /** Keys with precomputed tables (about 45 KB each): the trust policy's busiest signers, bounded. */
    private static final int PRECOMPUTED_KEY_LIMIT = 256;

    private final TrustPolicy policy;
    private final Clock clock;
    private final ClaimChecker checker;
    private final JsonLimits limits;
    private final ConcurrentHashMap<String, VerificationKey> keys = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger precomputedKeys = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A verifier; {@code policy} may be {@code null} only for {@link #signatureIssues}, which applies no
     * trust (verification itself always needs a policy: the public {@code Verifier} insists).
     */
    public CredentialVerifier(TrustPolicy policy, Clock clock, ClaimChecker checker, JsonLimits limits) {
        this.policy = policy;
        this.clock = clock;
        this.checker = checker;
        this.limits = limits;
    }

    /** Verifies a credential given as JSON with embedded proofs, or as a compact JWS; never throws for bad input. */
    public VerificationResult verify(byte[] input) {
        int start = 0;
        while (start < input.length && isSpace(input[start])) {
            start++;
        }
        if (start == input.length) {
            return VerificationResult.rejected("vc+jwt", new Issue(IssueCode.MALFORMED_INPUT, "", "the input is empty"));
        }
        if (input[start] == '{' || input[start] == '[') {
            return verifyDataIntegrity(input); // an array is reported as "not a JSON object"
        }
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (text.indexOf('.') < 0) {
            return VerificationResult.rejected("vc+jwt", new Issue(IssueCode.MALFORMED_INPUT, "",
                    "neither a JSON credential (an object) nor a compact JWS (three base64url segments joined by dots)"));
        }
        return verifyJws(text);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    // --- Data Integrity ---

    private VerificationResult verifyDataIntegrity(byte[] input) {
        final String format = "DataIntegrityProof";
        JsonNode root;
        try {
            root = StrictJson.parse(input, limits);
        } catch (JsonInputException e) {
            return VerificationResult.rejected(format, new Issue(inputCode(e), e.path(), e.getMessage()));
        }
        Instant now = clock.instant();
        List<Issue> issues = new ArrayList<>();
        Shape shape = shape(root, issues);
        if (shape == null) {
            return new VerificationResult(format, null, null, null, List.of(), List.of(), null, issues);
        }
        ObjectNode doc = (ObjectNode) root;
        JsonNode proofNode = doc.get("proof");
        List<ProofResult> proofs = new ArrayList<>();
        if (proofNode == null || (proofNode.isArray() && proofNode.isEmpty())) {
            issues.add(new Issue(IssueCode.NO_PROOF, "/proof", "the credential carries no proof: nothing says who issued it"));
        } else {
            byte[] canonical;
            try {
                canonical = Jcs.canonicalizeWithout(doc, "proof");
            } catch (JcsException e) {
                issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "", "cannot be canonicalized (RFC 8785): " + e.getMessage()));
                return new VerificationResult(format, shape.issuer, shape.validFrom, shape.validUntil, proofs, List.of(), null, issues);
            }
            if (proofNode.isArray()) {
                for (int i = 0; i < proofNode.size(); i++) {
                    proofs.add(trusted(proof(proofNode.get(i), "/proof/" + i, doc, canonical, now), now));
                }
            } else {
                proofs.add(trusted(proof(proofNode, "/proof", doc, canonical, now), now));
            }
        }
        return finish(format, shape, proofs, issues, now);
    }

    /**
     * One proof of {@code doc}, whose canonical form without its proofs is {@code canonical}. Its
     * signature is checked whenever the proof is well-formed enough to check, so that a forged proof is
     * reported as such even when its dates are wrong too.
     */
    private ProofResult proof(JsonNode p, String path, ObjectNode doc, byte[] canonical, Instant now) {
        List<Issue> issues = new ArrayList<>();
        if (!p.isObject()) {
            issues.add(new Issue(IssueCode.MALFORMED_PROOF, path, "a proof must be a JSON object"));
            return new ProofResult(path, "DataIntegrityProof", null, null, null, Set.of(), null, issues);
        }
        for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.equals("previousProof")) {
                issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/previousProof", "proof chains (previousProof) are not"
                        + " supported: each proof of a proof set must sign the credential on its own"));
            } else if (!PROOF_MEMBERS.contains(name)) {
                issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/" + name, "\"" + name + "\" is not a Data Integrity proof member"));
            }
        }
        String type = text(p, "type");
        String suiteId = text(p, "cryptosuite");
        Cryptosuite suite = Cryptosuite.byId(suiteId);
        if (!"DataIntegrityProof".equals(type)) {
            issues.add(new Issue(IssueCode.UNSUPPORTED_CRYPTOSUITE, path + "/type",
                    "proof type " + p.get("type") + " is not DataIntegrityProof"));
        } else if (suite == null) {
            issues.add(new Issue(IssueCode.UNSUPPORTED_CRYPTOSUITE, path + "/cryptosuite", "cryptosuite " + p.get("cryptosuite")
                    + " is not one Selvedge verifies (eddsa-jcs-2022, ecdsa-jcs-2019)"));
        }
        if (!"assertionMethod".equals(text(p, "proofPurpose"))) {
            issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/proofPurpose",
                    "proofPurpose must be \"assertionMethod\", not " + p.get("proofPurpose")));
        }
        String vm = text(p, "verificationMethod");
        VerificationKey key = null;
        String signer = null;
        if (vm == null) {
            issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/verificationMethod", "the proof names no verificationMethod"));
        } else {
            try {
                key = key(vm);
                signer = vm.substring(0, vm.indexOf('#'));
                if (suite != null && !suite.accepts(key.type())) {
                    issues.add(new Issue(IssueCode.INVALID_VERIFICATION_METHOD, path + "/verificationMethod",
                            "a " + key.type() + " key cannot sign with " + suite.id()));
                    key = null;
                }
            } catch (KeyFormatException e) {
                issues.add(new Issue(IssueCode.INVALID_VERIFICATION_METHOD, path + "/verificationMethod", e.getMessage()));
            }
        }
        byte[] signature = null;
        String proofValue = text(p, "proofValue");
        if (proofValue == null) {
            issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/proofValue", "the proof has no proofValue"));
        } else {
            try {
                signature = Multibase.decodeBase58btc(proofValue);
                int expected = key != null && key.type() == KeyType.P384 ? 96 : 64;
                if (signature.length != expected) {
                    issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/proofValue",
                            "the signature is " + signature.length + " bytes; it must be exactly " + expected));
                    signature = null;
                }
            } catch (IllegalArgumentException e) {
                issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/proofValue",
                        "proofValue is not multibase base58btc ('z' then base58): " + e.getMessage()));
            }
        }
        // The W3C algorithm lets a proof's @context be a mere prefix of the document's and then verifies
        // the document with the proof's context: entries appended after signing would go unnoticed.
        // Selvedge is stricter: a proof's @context, when present, must equal the credential's.
        JsonNode proofContext = p.get("@context");
        if (proofContext != null && !proofContext.equals(doc.get("@context"))) {
            issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/@context", startsWith(doc.get("@context"), proofContext)
                    ? "the credential's @context has entries the proof did not sign"
                    : "the proof's @context does not match the credential's @context"));
        }
        boolean checkable = issues.isEmpty() && key != null && signature != null;
        Instant created = null;
        if (p.has("created")) {
            created = instant(p, "created");
            if (created == null) {
                issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/created", "created must be a dateTimeStamp such as 2026-11-22T10:00:00Z"));
            } else if (created.isAfter(now.plus(CLOCK_SKEW))) {
                issues.add(new Issue(IssueCode.NOT_YET_VALID, path + "/created", "the proof was created in the future (" + created + ")"));
            }
        }
        if (p.has("expires")) {
            Instant expires = instant(p, "expires");
            if (expires == null) {
                issues.add(new Issue(IssueCode.MALFORMED_PROOF, path + "/expires", "expires must be a dateTimeStamp"));
            } else if (expires.isBefore(now.minus(CLOCK_SKEW))) {
                issues.add(new Issue(IssueCode.EXPIRED, path + "/expires", "the proof expired at " + expires));
            }
        }
        if (checkable && !DataIntegrity.verify(key, (ObjectNode) p, doc.get("@context"), canonical, signature)) {
            issues.add(new Issue(IssueCode.SIGNATURE_INVALID, path + "/proofValue",
                    "the signature does not verify: the credential or this proof was changed after signing,"
                            + " or it was signed by another key"));
        }
        return new ProofResult(path, "DataIntegrityProof", suiteId, signer, null, Set.of(), created, issues);
    }

    /**
     * The signature checks alone of every proof in a signed credential, no trust applied: what a
     * co-signer confirms before adding its own proof.
     */
    public List<Issue> signatureIssues(ObjectNode doc) {
        List<Issue> issues = new ArrayList<>();
        JsonNode proofNode = doc.get("proof");
        if (proofNode == null) {
            issues.add(new Issue(IssueCode.NO_PROOF, "/proof", "the credential carries no proof"));
            return issues;
        }
        byte[] canonical = Jcs.canonicalizeWithout(doc, "proof");
        Instant now = clock.instant();
        if (proofNode.isArray()) {
            for (int i = 0; i < proofNode.size(); i++) {
                issues.addAll(proof(proofNode.get(i), "/proof/" + i, doc, canonical, now).issues());
            }
        } else {
            issues.addAll(proof(proofNode, "/proof", doc, canonical, now).issues());
        }
        return issues;
    }

    private ProofResult trusted(ProofResult p, Instant now) {
        return trusted(p.path(), p.format(), p.cryptosuite(), p.signer(), p.created(), new ArrayList<>(p.issues()), now);
    }

    private ProofResult trusted(String path, String format, String suite, String signer, Instant created,
            List<Issue> issues, Instant now) {
        Optional<TrustedIssuer> trusted = signer == null ? Optional.empty() : policy.issuer(signer);
        if (signer != null && issues.isEmpty()) {
            if (trusted.isEmpty()) {
                issues.add(new Issue(IssueCode.UNTRUSTED_ISSUER, path, signer + " is not in the trust policy"));
            } else if (!trusted.get().trustedAt(now)) {
                issues.add(new Issue(IssueCode.REVOKED_ISSUER, path, trusted.get().name() + " (" + signer + ") is "
                        + (trusted.get().revoked() ? "revoked" : "outside its trusted period") + " in the trust policy"));
            }
        }
        return new ProofResult(path, format, suite, signer, trusted.map(TrustedIssuer::name).orElse(null),
                trusted.map(TrustedIssuer::roles).orElse(Set.of()), created, issues);
    }

    private VerificationKey key(String verificationMethod) throws KeyFormatException {
        VerificationKey k = keys.get(verificationMethod);
        if (k == null) {
            k = DidKey.resolveVerificationMethod(verificationMethod);
            // The policy's own signers verify again and again: they get precomputed tables. Other keys
            // are checked once, to report a bad signature before an untrusted one, and get none.
            String did = verificationMethod.substring(0, verificationMethod.indexOf('#'));
            if (policy != null && policy.issuer(did).isPresent() && precomputedKeys.get() < PRECOMPUTED_KEY_LIMIT) {
                VerificationKey fast = k.forRepeatedUse();
                if (fast != k) {
                    precomputedKeys.incrementAndGet();
                    k = fast;
                }
            }
            if (keys.size() >= KEY_CACHE_LIMIT) {
                keys.clear();
                precomputedKeys.set(0); // the cleared keys' tables go with them
            }
            keys.put(verificationMethod, k);
        }
        return k;
    }

    private static boolean startsWith(JsonNode docContext, JsonNode proofContext) {
        if (docContext == null) {
            return false;
        }
        ArrayNode d = asArray(docContext);
        ArrayNode p = asArray(proofContext);
        if (p.size() > d.size()) {
            return false;
        }
        for (int i = 0; i < p.size(); i++) {
            if (!p.get(i).equals(d.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static ArrayNode asArray(JsonNode n) {
        if (n.isArray()) {
            return (ArrayNode) n;
        }
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(n);
    }

    // --- JWS ---

    private VerificationResult verifyJws(String compact) {
        final String format = "vc+jwt";
        Jws.Parsed jws;
        try {
            jws = Jws.parse(compact, limits);
        } catch (Jws.JwsException e) {
            return VerificationResult.rejected(format, new Issue(e.code(), "", e.getMessage()));
        }
        JsonNode root;
        try {
            root = StrictJson.parse(jws.payload(), limits);
        } catch (JsonInputException e) {
            return VerificationResult.rejected(format, new Issue(inputCode(e), e.path(), "JWS payload: " + e.getMessage()));
        }
        Instant now = clock.instant();
        List<Issue> issues = new ArrayList<>();
        Shape shape = shape(root, issues);
        if (shape == null) {
            return new VerificationResult(format, null, null, null, List.of(), List.of(), null, issues);
        }
        if (root.has("proof")) {
            issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/proof",
                    "a credential secured as a JWS carries no embedded proof"));
        }
        jwtClaims(jws, root, shape.issuer, now, issues);
        List<Issue> proofIssues = new ArrayList<>();
        String signer = null;
        try {
            VerificationKey key = key(jws.kid());
            signer = jws.kid().substring(0, jws.kid().indexOf('#'));
            boolean fits = jws.alg().equals("EdDSA") ? key.type() == KeyType.ED25519 : key.type() == KeyType.P256;
            if (!fits) {
                proofIssues.add(new Issue(IssueCode.INVALID_VERIFICATION_METHOD, "", "JWS alg " + jws.alg()
                        + " does not fit the " + key.type() + " key of kid " + jws.kid()));
            } else if (!key.verify(jws.signingInput(), jws.signature())) {
                proofIssues.add(new Issue(IssueCode.SIGNATURE_INVALID, "",
                        "the JWS signature does not verify: the token was changed after signing, or signed by another key"));
            }
        } catch (KeyFormatException e) {
            proofIssues.add(new Issue(IssueCode.INVALID_VERIFICATION_METHOD, "", "JWS kid: " + e.getMessage()));
        }
        List<ProofResult> proofs = List.of(trusted("", format, jws.alg(), signer, null, proofIssues, now));
        return finish(format, shape, proofs, issues, now);
    }

    /**
     * The JWT claims VC-JOSE-COSE lets a secured credential carry beside the credential's own members:
     * {@code vc} and {@code vp} must not be there (the payload is the credential itself), {@code iss}
     * (header or payload) must name the issuer, and {@code exp} / {@code nbf} keep their RFC 7519
     * meaning.
     */
    private static void jwtClaims(Jws.Parsed jws, JsonNode payload, String issuer, Instant now, List<Issue> issues) {
        for (String wrapped : new String[] {"vc", "vp"}) {
            if (payload.has(wrapped)) {
                issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/" + wrapped, "a VC-JOSE-COSE payload is the credential"
                        + " itself: the JWT claim \"" + wrapped + "\" must not be present"));
            }
        }
        JsonNode headerIss = jws.header().get("iss");
        if (headerIss != null && !issuer.equals(headerIss.asText(null))) {
            issues.add(new Issue(IssueCode.ISSUER_MISMATCH, "", "the JWS header's iss " + headerIss + " is not the issuer " + issuer));
        }
        JsonNode payloadIss = payload.get("iss");
        if (payloadIss != null && !issuer.equals(payloadIss.isTextual() ? payloadIss.textValue() : null)) {
            issues.add(new Issue(IssueCode.ISSUER_MISMATCH, "/iss", "the JWT claim iss " + payloadIss + " is not the issuer " + issuer));
        }
        Instant exp = numericDate(payload, "exp", issues);
        if (exp != null && exp.isBefore(now.minus(CLOCK_SKEW))) {
            issues.add(new Issue(IssueCode.EXPIRED, "/exp", "the token expired at " + exp));
        }
        Instant nbf = numericDate(payload, "nbf", issues);
        if (nbf != null && nbf.isAfter(now.plus(CLOCK_SKEW))) {
            issues.add(new Issue(IssueCode.NOT_YET_VALID, "/nbf", "the token is valid only from " + nbf));
        }
    }

    /** An RFC 7519 NumericDate (seconds since the epoch); {@code null} when absent or unusable (then with an issue). */
    private static Instant numericDate(JsonNode payload, String name, List<Issue> issues) {
        JsonNode v = payload.get(name);
        if (v == null) {
            return null;
        }
        if (!v.isNumber() || !v.canConvertToLong()) {
            issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/" + name, name + " must be a NumericDate: seconds since 1970 as a JSON number"));
            return null;
        }
        return Instant.ofEpochSecond(Math.max(-31557014167219200L, Math.min(31556889864403199L, v.longValue())));
    }

    private static IssueCode inputCode(JsonInputException e) {
        switch (e.code()) {
            case DUPLICATE_KEY:
                return IssueCode.DUPLICATE_KEY;
            case LIMIT_EXCEEDED:
                return IssueCode.LIMIT_EXCEEDED;
            default:
                return IssueCode.MALFORMED_INPUT;
        }
    }

    // --- shared ---

    /** The parts of a credential the checks need; {@code null} (with issues) when it is not one. */
    private record Shape(String issuer, Instant validFrom, Instant validUntil, JsonNode subject, boolean provenance,
            JsonNode types) {}

    private static Shape shape(JsonNode root, List<Issue> issues) {
        if (!root.isObject()) {
            issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "", "a credential is a JSON object"));
            return null;
        }
        int before = issues.size();
        JsonNode ctx = root.get("@context");
        if (ctx == null || !ctx.isArray() || ctx.isEmpty() || !Credentials.VC_V2_CONTEXT.equals(ctx.get(0).asText(null))) {
            issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/@context",
                    "@context must be an array starting with " + Credentials.VC_V2_CONTEXT));
        }
        if (!Credentials.hasType(root, "VerifiableCredential")) {
            issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/type", "type must include VerifiableCredential"));
        }
        String issuer = Credentials.issuerId(root);
        if (issuer == null || !issuer.startsWith("did:")) {
            issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/issuer", "issuer must be a DID (or an object whose id is one)"));
        }
        Instant validFrom = null;
        Instant validUntil = null;
        if (root.has("validFrom")) {
            validFrom = instant(root, "validFrom");
            if (validFrom == null) {
                issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/validFrom", "validFrom must be a dateTimeStamp such as 2026-11-22T10:00:00Z"));
            }
        }
        if (root.has("validUntil")) {
            validUntil = instant(root, "validUntil");
            if (validUntil == null) {
                issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/validUntil", "validUntil must be a dateTimeStamp"));
            }
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/validUntil", "validUntil (" + validUntil
                    + ") is before validFrom (" + validFrom + "): the credential is never valid"));
        }
        JsonNode subject = root.get("credentialSubject");
        if (subject == null || !subject.isObject()) {
            issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/credentialSubject", "credentialSubject must be a JSON object"));
        }
        if (issues.size() > before) {
            return null;
        }
        return new Shape(issuer, validFrom, validUntil, subject, Credentials.hasType(root, Credentials.PROVENANCE_TYPE),
                root.get("type"));
    }

    private VerificationResult finish(String format, Shape shape, List<ProofResult> proofs, List<Issue> issues, Instant now) {
        for (ProofResult p : proofs) {
            boolean coSigner = p.signer() != null && !p.signer().equals(shape.issuer);
            for (Issue i : p.issues()) {
                // An untrusted or revoked co-signer merely does not attest: anyone may append a valid proof of
                // their own, and that must not turn a good credential bad. The issuer must be trusted.
                boolean notTrusted = i.code() == IssueCode.UNTRUSTED_ISSUER || i.code() == IssueCode.REVOKED_ISSUER;
                if (!(coSigner && notTrusted)) {
                    issues.add(i);
                }
            }
        }
        // Only when no proof even claims to be the issuer's: an issuer's proof that does not verify is
        // already reported as SIGNATURE_INVALID, and one cause should give one code.
        boolean issuerSigned = proofs.stream().anyMatch(p -> shape.issuer.equals(p.signer()));
        if (!proofs.isEmpty() && !issuerSigned) {
            issues.add(new Issue(IssueCode.ISSUER_MISMATCH, "/issuer",
                    "no valid proof comes from the issuer " + shape.issuer + " itself"));
        }
        if (shape.validFrom != null && shape.validFrom.isAfter(now.plus(CLOCK_SKEW))) {
            issues.add(new Issue(IssueCode.NOT_YET_VALID, "/validFrom", "the credential is valid only from " + shape.validFrom));
        }
        if (shape.validUntil != null && shape.validUntil.isBefore(now.minus(CLOCK_SKEW))) {
            issues.add(new Issue(IssueCode.EXPIRED, "/validUntil", "the credential expired at " + shape.validUntil));
        }
        ClaimReport report = null;
        List<Attestation> attestations = new ArrayList<>();
        if (shape.provenance) {
            report = checkSubject(shape.subject);
            for (Violation v : report.recordViolations()) {
                issues.add(new Issue(IssueCode.CLAIM_VIOLATED, "/credentialSubject" + v.path(), v.code() + ": " + v.message()));
            }
            List<Attestation.Attester> attesters = attesters(shape.issuer, proofs);
            Set<String> roles = new LinkedHashSet<>();
            Set<String> independentRoles = new LinkedHashSet<>();
            for (Attestation.Attester a : attesters) {
                roles.addAll(a.roles());
                if (!a.issuer()) {
                    independentRoles.addAll(a.roles());
                }
            }
            for (ClaimResult c : report.claims()) {
                for (Violation v : c.violations()) {
                    issues.add(new Issue(IssueCode.CLAIM_VIOLATED, "/credentialSubject" + v.path(),
                            c.claim().topic() + " claim " + c.index() + ": " + v.code() + ": " + v.message()));
                }
                attestations.add(new Attestation(c.index(), c.claim(), attesters, roles));
                requirements(c.claim(), c.index(), independentRoles, issues);
            }
        } else if (!Credentials.isUntp(shape.types)) {
            issues.add(new Issue(IssueCode.MALFORMED_CREDENTIAL, "/type", "type must include "
                    + Credentials.PROVENANCE_TYPE + " (or a UNTP DigitalProductPassport or DigitalConformityCredential)"));
        }
        return new VerificationResult(format, shape.issuer, shape.validFrom, shape.validUntil, proofs, attestations, report, issues);
    }

    private ClaimReport checkSubject(JsonNode subject) {
        RecordReader.Result read = RecordReader.read(subject, "");
        if (read.record() == null) {
            return ClaimReport.unreadable(read.problems());
        }
        return ClaimRules.check(read.record(), read.problems(), checker.payGapTolerance(), true);
    }

    /** {@code independentRoles}: the roles of trusted, valid proofs by others than the issuer. */
    private void requirements(Claim claim, int index, Set<String> independentRoles, List<Issue> issues) {
        for (AttestationRequirement r : policy.requirements()) {
            if (r.topics().contains(claim.topic()) && !independentRoles.contains(r.role())) {
                issues.add(new Issue(IssueCode.ATTESTATION_MISSING, "/credentialSubject/claims/" + index,
                        "the trust policy requires " + claim.topic() + " claims to be attested by a trusted "
                                + r.role() + " other than the issuer, and no valid proof of one is present"));
            }
        }
    }

    private static List<Attestation.Attester> attesters(String issuer, List<ProofResult> proofs) {
        List<Attestation.Attester> out = new ArrayList<>();
        for (ProofResult p : proofs) {
            if (p.valid() && p.signer() != null && out.stream().noneMatch(a -> a.did().equals(p.signer()))) {
                Attestation.Attester a = new Attestation.Attester(p.signer(), p.signerName(), p.roles(), p.signer().equals(issuer));
                if (a.issuer()) {
                    out.add(0, a);
                } else {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    private static Instant instant(JsonNode n, String name) {
        String s = text(n, name);
        return s == null ? null : Credentials.parseTimestamp(s);
    }
}
