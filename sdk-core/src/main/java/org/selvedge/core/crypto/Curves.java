package org.selvedge.core.crypto;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

/** The NIST curves, from BouncyCastle's constant-time custom implementations. */
final class Curves {
    static final ECDomainParameters P256 = domain("P-256");
    static final ECDomainParameters P384 = domain("P-384");

    private Curves() {}

    private static ECDomainParameters domain(String name) {
        X9ECParameters x9 = CustomNamedCurves.getByName(name);
        return new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH(), x9.getSeed());
    }

    static ECDomainParameters domain(KeyType type) {
        switch (type) {
            case P256:
                return P256;
            case P384:
                return P384;
            default:
                throw new IllegalArgumentException(type + " is not an ECDSA curve");
        }
    }

    static Digest digest(KeyType type) {
        return type == KeyType.P384 ? new SHA384Digest() : new SHA256Digest();
    }

    /** The field element size in bytes: 32 for P-256, 48 for P-384. */
    static int size(KeyType type) {
        return type == KeyType.P384 ? 48 : 32;
    }

    /** {@code v} as exactly {@code size} big-endian bytes. */
    static byte[] fixed(BigInteger v, int size) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[size];
        if (raw.length > size) {
            System.arraycopy(raw, raw.length - size, out, 0, size); // drop the sign byte
        } else {
            System.arraycopy(raw, 0, out, size - raw.length, raw.length);
        }
        return out;
    }
}
