package org.selvedge.core.crypto;

import java.math.BigInteger;

/** Strict ASN.1 DER decoding of {@code SEQUENCE { INTEGER r, INTEGER s }}: anything BER-only is refused. */
final class Der {
    private Der() {}

    /** The P1363 form of a DER ECDSA signature, or {@code null} when it is not strict DER. */
    static byte[] toP1363(byte[] der, int size) {
        if (der.length < 8 || der[0] != 0x30) {
            return null;
        }
        int[] pos = {1};
        int seqLen = length(der, pos);
        if (seqLen < 0 || pos[0] + seqLen != der.length) {
            return null;
        }
        BigInteger r = integer(der, pos);
        if (r == null) {
            return null;
        }
        BigInteger s = integer(der, pos);
        if (s == null || pos[0] != der.length) {
            return null;
        }
        if (r.bitLength() > size * 8 || s.bitLength() > size * 8) {
            return null;
        }
        byte[] out = new byte[2 * size];
        System.arraycopy(Curves.fixed(r, size), 0, out, 0, size);
        System.arraycopy(Curves.fixed(s, size), 0, out, size, size);
        return out;
    }

    /** A definite, minimally encoded length; -1 when not. */
    private static int length(byte[] b, int[] pos) {
        if (pos[0] >= b.length) {
            return -1;
        }
        int first = b[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int n = first & 0x7f;
        if (n == 0 || n > 2 || pos[0] + n > b.length) {
            return -1; // indefinite length, or longer than any signature
        }
        int len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (b[pos[0]++] & 0xff);
        }
        if (len < 0x80 || (n == 2 && len < 0x100)) {
            return -1; // not the shortest form
        }
        return len;
    }

    /** A positive INTEGER in minimal two's complement; {@code null} when not. */
    private static BigInteger integer(byte[] b, int[] pos) {
        if (pos[0] >= b.length || b[pos[0]++] != 0x02) {
            return null;
        }
        int len = length(b, pos);
        if (len <= 0 || pos[0] + len > b.length) {
            return null;
        }
        int start = pos[0];
        if ((b[start] & 0x80) != 0) {
            return null; // negative
        }
        if (len > 1 && b[start] == 0 && (b[start + 1] & 0x80) == 0) {
            return null; // needless leading zero
        }
        pos[0] += len;
        byte[] v = new byte[len];
        System.arraycopy(b, start, v, 0, len);
        return new BigInteger(1, v);
    }
}
