package org.selvedge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.verification.VerificationResult;
import java.util.List;
import org.selvedge.core.ClaimChecker;
import org.selvedge.core.Selvedge;
import org.selvedge.core.claims.ClaimRules;
import org.selvedge.core.json.Jcs;
import org.selvedge.core.json.StrictJson;

/**
 * The suite, in one run: raw BouncyCastle signature checks as the baseline, each stage of
 * verification, end-to-end verification of the Data Integrity and JWS forms, signing, two-thread
 * throughput, and the Nimbus JOSE+JWT rows a user might pick instead. Report every row as a ratio to
 * {@code rawEd25519Verify} measured in the same run.
 *
 * <p>Run: {@code java -jar sdk-bench/target/benchmarks.jar -rf json} (see the README for the numbers).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class VerifyBenchmark {
    Fixtures f;
    byte[] message64;
    byte[] edSignature;
    Ed25519PublicKeyParameters edPublic;
    byte[] p256Signature;
    ECPublicKeyParameters p256Public;
    BigInteger p256R;
    BigInteger p256S;
    byte[] p256Hash;
    JsonNode credentialTree;
    JWSObject nimbusEdJws;
    Ed25519Verifier nimbusEdVerifier;
    JWSObject nimbusEsJws;
    ECDSAVerifier nimbusEsVerifier;
    String edJwsText;
    String esJwsText;

    @Setup
    public void setup() throws Exception {
        f = new Fixtures();
        SecureRandom random = new SecureRandom();
        message64 = new byte[64];
        random.nextBytes(message64);
        Ed25519PrivateKeyParameters edPrivate = new Ed25519PrivateKeyParameters(random);
        edPublic = edPrivate.generatePublicKey();
        edSignature = new byte[64];
        edPrivate.sign(Ed25519.Algorithm.Ed25519, null, message64, 0, 64, edSignature, 0);

        var x9 = org.bouncycastle.crypto.ec.CustomNamedCurves.getByName("P-256");
        var domain = new org.bouncycastle.crypto.params.ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
        BigInteger d = new BigInteger(255, random).add(BigInteger.ONE);
        ECPrivateKeyParameters p256Private = new ECPrivateKeyParameters(d, domain);
        p256Public = new ECPublicKeyParameters(domain.getG().multiply(d).normalize(), domain);
        SHA256Digest sha = new SHA256Digest();
        p256Hash = new byte[32];
        sha.update(message64, 0, 64);
        sha.doFinal(p256Hash, 0);
        ECDSASigner s = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        s.init(true, p256Private);
        BigInteger[] rs = s.generateSignature(p256Hash);
        p256R = rs[0];
        p256S = rs[1];

        credentialTree = StrictJson.parse(f.diEd25519);

        // Nimbus verifies the same JWS credentials with the same public keys.
        edJwsText = new String(f.jwsEd25519, StandardCharsets.US_ASCII);
        esJwsText = new String(f.jwsP256, StandardCharsets.US_ASCII);
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        JsonNode edJwk = m.readTree(f.ed.toPublicJwk());
        nimbusEdVerifier = new Ed25519Verifier(new OctetKeyPair.Builder(Curve.Ed25519, new Base64URL(edJwk.get("x").textValue())).build());
        JsonNode esJwk = m.readTree(f.p256.toPublicJwk());
        nimbusEsVerifier = new ECDSAVerifier(new ECKey.Builder(Curve.P_256, new Base64URL(esJwk.get("x").textValue()),
                new Base64URL(esJwk.get("y").textValue())).build());
        if (!nimbusEd() || !nimbusEs()) {
            throw new IllegalStateException("Nimbus does not verify the fixtures");
        }
    }

    // --- baselines ---

    /** Raw BouncyCastle Ed25519 verify of a 64-byte message, key decoded once: the baseline. */
    @Benchmark
    public boolean rawEd25519Verify() {
        return edPublic.verify(Ed25519.Algorithm.Ed25519, null, message64, 0, 64, edSignature, 0);
    }

    /** Raw BouncyCastle ECDSA P-256 verify of a SHA-256 hash, key decoded once. */
    @Benchmark
    public boolean rawP256Verify() {
        ECDSASigner v = new ECDSASigner();
        v.init(false, p256Public);
        return v.verifySignature(p256Hash, p256R, p256S);
    }

    // --- stages ---

    @Benchmark
    public JsonNode parseCredential() throws Exception {
        return StrictJson.parse(f.diEd25519);
    }

    @Benchmark
    public byte[] jcsCanonicalize() {
        return Jcs.canonicalize(credentialTree);
    }

    /** Claim validation as verification runs it: the record read from JSON, constraints and every rule. */
    @Benchmark
    public ClaimReport claimCheck() {
        return ClaimRules.check(f.record, List.of(), ClaimChecker.DEFAULT_PAY_GAP_TOLERANCE, true);
    }

    /** Claim validation of a record built in Java (Hibernate Validator over the annotations). */
    @Benchmark
    public ClaimReport claimCheckBeanValidation() {
        return Selvedge.check(f.record);
    }

    // --- end to end ---

    @Benchmark
    public VerificationResult verifyDataIntegrityEd25519() {
        return f.verifier.verify(f.diEd25519);
    }

    @Benchmark
    public VerificationResult verifyJwsEd25519() {
        return f.verifier.verify(f.jwsEd25519);
    }

    @Benchmark
    public VerificationResult verifyDataIntegrityP256() {
        return f.verifier.verify(f.diP256);
    }

    @Benchmark
    public VerificationResult verifyJwsEs256() {
        return f.verifier.verify(f.jwsP256);
    }

    @Benchmark
    @Threads(2)
    public VerificationResult verifyDataIntegrityEd25519TwoThreads() {
        return f.verifier.verify(f.diEd25519);
    }

    @Benchmark
    public String signDataIntegrityEd25519() throws Exception {
        return f.edSigner.sign(f.record);
    }

    // --- what users would pick instead (signature only: Nimbus checks no claims or trust) ---

    @Benchmark
    public boolean nimbusEd25519JwsVerify() throws Exception {
        return nimbusEd();
    }

    @Benchmark
    public boolean nimbusEs256JwsVerify() throws Exception {
        return nimbusEs();
    }

    private boolean nimbusEd() throws Exception {
        return JWSObject.parse(edJwsText).verify(nimbusEdVerifier);
    }

    private boolean nimbusEs() throws Exception {
        return JWSObject.parse(esJwsText).verify(nimbusEsVerifier);
    }
}
