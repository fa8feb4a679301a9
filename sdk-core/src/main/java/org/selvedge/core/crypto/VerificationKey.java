package org.selvedge.core.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A public key that verifies signatures, strictly: an Ed25519 signature must be exactly 64 bytes
 * with S below the group order (no malleable signatures); an ECDSA signature must be IEEE P1363
 * {@code r‖s} of exactly twice the field size with r and s in [1, n−1] (high s is valid, as the
 * ecdsa-jcs-2019 suite says). The key is decoded and validated once, at construction; {@link #verify}
 * is thread-safe and never throws for a bad signature.
 */
public final class VerificationKey {
    private final KeyType type;
    private final byte[] encoded; // Ed25519: 32 bytes; NIST curves: compressed point
    private final Ed25519.PublicPoint edPoint;
    private final ECPublicKeyParameters ecKey;
    private final Ed25519Precomputed edTables; // null unless set up for repeated use

    private VerificationKey(KeyType type, byte[] encoded, Ed25519.PublicPoint edPoint, ECPublicKeyParameters ecKey,
            Ed25519Precomputed edTables) {
        this.type = type;
        this.encoded = encoded;
        this.edPoint = edPoint;
        this.ecKey = ecKey;
        this.edTables = edTables;
    }

    /**
     * An Ed25519 public key.
     *
     * @throws KeyFormatException when it is not 32 bytes or not the encoding of a curve point
     */
    public static VerificationKey ed25519(byte[] raw) throws KeyFormatException {
        if (raw.length != 32) {
            throw new KeyFormatException("an Ed25519 public key is 32 bytes, not " + raw.length);
        }
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyPartialExport(raw, 0);
        if (point == null) {
            throw new KeyFormatException("the Ed25519 public key is not a valid curve point encoding");
        }
        return new VerificationKey(KeyType.ED25519, raw.clone(), point, null, null);
    }

    /** A P-256 public key from a compressed (33-byte) or uncompressed (65-byte) SEC1 point. */
    public static VerificationKey p256(byte[] point) throws KeyFormatException {
        return ec(KeyType.P256, point);
    }

    /** A P-384 public key from a compressed (49-byte) or uncompressed (97-byte) SEC1 point. */
    public static VerificationKey p384(byte[] point) throws KeyFormatException {
        return ec(KeyType.P384, point);
    }

    /** A P-256 public key from its affine coordinates. */
    public static VerificationKey p256(BigInteger x, BigInteger y) throws KeyFormatException {
        if (x.signum() < 0 || y.signum() < 0 || x.bitLength() > 256 || y.bitLength() > 256) {
            throw new KeyFormatException("P-256 coordinates must be 256-bit non-negative integers");
        }
        byte[] uncompressed = new byte[65];
        uncompressed[0] = 0x04;
        System.arraycopy(Curves.fixed(x, 32), 0, uncompressed, 1, 32);
        System.arraycopy(Curves.fixed(y, 32), 0, uncompressed, 33, 32);
        return ec(KeyType.P256, uncompressed);
    }

    static VerificationKey ec(KeyType type, byte[] point) throws KeyFormatException {
        ECDomainParameters domain = Curves.domain(type);
        int size = Curves.size(type);
        if (point.length != size + 1 && point.length != 2 * size + 1) {
            throw new KeyFormatException("a " + type + " point is " + (size + 1) + " bytes compressed or "
                    + (2 * size + 1) + " uncompressed, not " + point.length);
        }
        ECPoint q;
        try {
            q = domain.validatePublicPoint(domain.getCurve().decodePoint(point));
        } catch (RuntimeException e) {
            throw new KeyFormatException("not a valid " + type + " public key: the point is not on the curve");
        }
        return new VerificationKey(type, q.getEncoded(true), null, new ECPublicKeyParameters(q, domain), null);
    }

    /**
     * This key, set up to verify many signatures: an Ed25519 key of prime order gets tables of its
     * multiples (about 30 KB, built on first use) that make each verification about twice as fast.
     * Other keys are returned as they are (BouncyCastle already caches its ECDSA precomputation on the
     * key's point).
     */
    public VerificationKey forRepeatedUse() {
        if (type != KeyType.ED25519 || edTables != null) {
            return this;
        }
        Ed25519Precomputed tables = Ed25519Precomputed.of(encoded);
        return tables == null ? this : new VerificationKey(type, encoded, edPoint, null, tables);
    }

    /** Whether verification uses a precomputed wide table for this key (for tests). */
    boolean hasWideTable() {
        return edTables != null && edTables.wideKeyTableBuilt();
    }

    /** The key type. */
    public KeyType type() {
        return type;
    }

    /** The encoded key: 32 bytes for Ed25519, the compressed point for the NIST curves. */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** The affine x coordinate of an ECDSA key (for JWK). */
    BigInteger x() {
        return ecKey.getQ().getAffineXCoord().toBigInteger();
    }

    /** The affine y coordinate of an ECDSA key (for JWK). */
    BigInteger y() {
        return ecKey.getQ().getAffineYCoord().toBigInteger();
    }

    /** Verifies {@code signature} over {@code message}; false for any defect, never an exception. */
    public boolean verify(byte[] message, byte[] signature) {
        if (message == null || signature == null || signature.length != type.signatureLength()) {
            return false;
        }
        if (type == KeyType.ED25519) {
            // Both reject S >= L and a non-canonical R (RFC 8032 section 5.1.7).
            return edTables != null ? edTables.verify(message, signature)
                    : Ed25519.verify(signature, 0, edPoint, message, 0, message.length);
        }
        int size = Curves.size(type);
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, size));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, size, 2 * size));
        BigInteger n = ecKey.getParameters().getN();
        if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
            return false;
        }
        Digest digest = Curves.digest(type);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.update(message, 0, message.length);
        digest.doFinal(hash, 0);
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, ecKey);
        return verifier.verifySignature(hash, r, s);
    }

    /**
     * Verifies an ASN.1 DER ECDSA signature, strictly DER: used to run the Wycheproof DER vectors
     * through the same verification as P1363 signatures.
     */
    public boolean verifyDer(byte[] message, byte[] der) {
        if (type == KeyType.ED25519) {
            return false;
        }
        byte[] p1363 = Der.toP1363(der, Curves.size(type));
        return p1363 != null && verify(message, p1363);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerificationKey k && k.type == type && Arrays.equals(k.encoded, encoded);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "VerificationKey[" + type + ", " + DidKey.did(this) + "]";
    }
}
