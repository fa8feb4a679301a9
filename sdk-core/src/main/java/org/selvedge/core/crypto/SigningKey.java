package org.selvedge.core.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A private key. Ed25519 signatures are deterministic (RFC 8032); ECDSA uses deterministic nonces
 * (RFC 6979) so that a weak random source at signing time cannot leak the key. The secret is never
 * shown by {@link #toString()} and only {@link Jwk} reads it, to store it.
 */
public final class SigningKey {
    private final KeyType type;
    private final byte[] secret; // Ed25519 seed, or the ECDSA scalar as fixed-size big-endian bytes
    private final Ed25519PrivateKeyParameters edKey;
    private final ECPrivateKeyParameters ecKey;
    private final VerificationKey publicKey;

    private SigningKey(KeyType type, byte[] secret, Ed25519PrivateKeyParameters edKey, ECPrivateKeyParameters ecKey,
            VerificationKey publicKey) {
        this.type = type;
        this.secret = secret;
        this.edKey = edKey;
        this.ecKey = ecKey;
        this.publicKey = publicKey;
    }

    /** A new random key. */
    public static SigningKey generate(KeyType type, SecureRandom random) {
        try {
            if (type == KeyType.ED25519) {
                byte[] seed = new byte[32];
                random.nextBytes(seed);
                return ed25519(seed);
            }
            ECDomainParameters domain = Curves.domain(type);
            BigInteger d;
            do {
                d = new BigInteger(domain.getN().bitLength(), random);
            } while (d.signum() == 0 || d.compareTo(domain.getN()) >= 0);
            return ec(type, d);
        } catch (KeyFormatException e) {
            throw new IllegalStateException("a generated key is always valid", e);
        }
    }

    /** An Ed25519 key from its 32-byte seed (the RFC 8032 private key). */
    public static SigningKey ed25519(byte[] seed) throws KeyFormatException {
        if (seed.length != 32) {
            throw new KeyFormatException("an Ed25519 private key is a 32-byte seed, not " + seed.length + " bytes");
        }
        Ed25519PrivateKeyParameters priv = new Ed25519PrivateKeyParameters(seed, 0);
        return new SigningKey(KeyType.ED25519, seed.clone(), priv, null,
                VerificationKey.ed25519(priv.generatePublicKey().getEncoded()));
    }

    /** A P-256 key from its scalar. */
    public static SigningKey p256(BigInteger d) throws KeyFormatException {
        return ec(KeyType.P256, d);
    }

    /** A P-384 key from its scalar (used for the ecdsa-jcs-2019 P-384 test vectors). */
    public static SigningKey p384(BigInteger d) throws KeyFormatException {
        return ec(KeyType.P384, d);
    }

    private static SigningKey ec(KeyType type, BigInteger d) throws KeyFormatException {
        ECDomainParameters domain = Curves.domain(type);
        if (d.signum() <= 0 || d.compareTo(domain.getN()) >= 0) {
            throw new KeyFormatException("the " + type + " private scalar is out of range");
        }
        VerificationKey pub = VerificationKey.ec(type, domain.getG().multiply(d).normalize().getEncoded(true));
        return new SigningKey(type, Curves.fixed(d, Curves.size(type)), null, new ECPrivateKeyParameters(d, domain), pub);
    }

    /** The public half. */
    public VerificationKey verificationKey() {
        return publicKey;
    }

    /** Signs {@code message}: Ed25519, or ECDSA over the curve's SHA-2 hash of it, as P1363 {@code r‖s}. */
    public byte[] sign(byte[] message) {
        if (type == KeyType.ED25519) {
            byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
            edKey.sign(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, sig, 0);
            return sig;
        }
        Digest digest = type == KeyType.P384 ? new SHA384Digest() : new SHA256Digest();
        byte[] hash = new byte[digest.getDigestSize()];
        digest.update(message, 0, message.length);
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(type == KeyType.P384 ? new SHA384Digest() : new SHA256Digest()));
        signer.init(true, ecKey);
        BigInteger[] rs = signer.generateSignature(hash);
        // Low s (s ≤ n/2): (r, n − s) is the same signature's twin. ecdsa-jcs-2019 accepts both, and so does
        // Selvedge's verifier, but verifiers that insist on low s (as Bitcoin-derived libraries do by default)
        // would reject half of all signatures otherwise.
        BigInteger n = ecKey.getParameters().getN();
        BigInteger s = rs[1].compareTo(n.shiftRight(1)) > 0 ? n.subtract(rs[1]) : rs[1];
        int size = Curves.size(type);
        byte[] out = new byte[2 * size];
        System.arraycopy(Curves.fixed(rs[0], size), 0, out, 0, size);
        System.arraycopy(Curves.fixed(s, size), 0, out, size, size);
        return out;
    }

    /** The secret bytes, for {@link Jwk} alone. */
    byte[] secret() {
        return secret.clone();
    }

    @Override
    public String toString() {
        return "SigningKey[" + type + ", " + DidKey.did(publicKey) + "]";
    }
}
