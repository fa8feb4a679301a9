package org.selvedge.core.crypto;


import static org.bouncycastle.math.ec.rfc7748.X25519Field.carry;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.create;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.mul;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.negate;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.one;
import static org.selvedge.core.crypto.EdwardsCurve.basePoint;
import static org.selvedge.core.crypto.EdwardsCurve.decode;
import static org.selvedge.core.crypto.EdwardsCurve.encodePoint;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.math.ec.rfc7748.X25519Field;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.selvedge.core.crypto.EdwardsCurve.Point;
import org.selvedge.core.crypto.EdwardsCurve.Table;
import org.selvedge.core.crypto.EdwardsCurve.Workspace;

/**
 * Ed25519 verification for a key that checks many signatures (the signers of a trust policy), about
 * twice as fast as a general verification: {@code [S]B − [k]A} is summed from tables of multiples of
 * the base point and of the key, built once, instead of being computed by doubling.
 *
 * <p>What it accepts: the 64-byte signature {@code R ‖ S} with {@code S < L} such that the encoding
 * of {@code [S]B − [k]A}, {@code k = SHA-512(R ‖ A ‖ M) mod L}, equals {@code R} byte for byte. That
 * is RFC 8032's cofactorless equation with a strict encoding check: a non-canonical {@code R} never
 * matches. Only keys that pass BouncyCastle's full public-key validation (canonical encoding, a point
 * of prime order) get tables; for those, every signature accepted here is accepted by
 * BouncyCastle's {@code Ed25519.verify} (the converse fails only for an {@code R} with a small-order
 * component, which only the key's owner can make and which this rejects). The property tests hold
 * the two to the same verdicts on random, tampered and Wycheproof signatures.
 *
 * <p>The group arithmetic is in {@link EdwardsCurve} (BouncyCastle's field arithmetic, the complete
 * twisted-Edwards addition law, so no input needs a special case). Signatures are public: nothing
 * here is secret or needs constant time. Thread-safe; the tables are built on first use.
 */
final class Ed25519Precomputed {
    /** The group order L = 2^252 + 27742317777372353535851937790883648493. */
    private static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    private static final byte[] L_LITTLE_ENDIAN = littleEndian(L);

    private final byte[] publicKey;
    private final int[] negAx;
    private final int[] negAy;
    private volatile Table table;
    /** The key's wide table (radix 256), once it has verified enough signatures to earn one. */
    private volatile Table wideTable;
    private final java.util.concurrent.atomic.AtomicInteger uses = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * A key earns a wide table (4,096 points, about 700 KB, 1.5 ms to build) after this many verifications,
     * and the process holds at most {@link #MAX_WIDE_KEYS} of them: the few signers of a long batch.
     */
    private static final int WIDE_KEY_AFTER = 1024;
    private static final int MAX_WIDE_KEYS = 4;
    private static final java.util.concurrent.atomic.AtomicInteger WIDE_KEYS = new java.util.concurrent.atomic.AtomicInteger();

    private Ed25519Precomputed(byte[] publicKey, int[] negAx, int[] negAy) {
        this.publicKey = publicKey;
        this.negAx = negAx;
        this.negAy = negAy;
    }

    /**
     * The tables depend on the public key alone, so they are shared by every verifier of the process:
     * the most recently used keys are kept, and an evicted key takes its tables (and its wide table's
     * place among the {@link #MAX_WIDE_KEYS}) with it.
     */
    private static final int CACHED_KEYS = 256;
    private static final Map<ByteBuffer, Ed25519Precomputed> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Ed25519Precomputed> eldest) {
            if (size() <= CACHED_KEYS) {
                return false;
            }
            if (eldest.getValue().wideTable != null) {
                WIDE_KEYS.decrementAndGet();
            }
            return true;
        }
    };

    /** The precomputed verifier for a 32-byte public key, or {@code null} when the key fails full validation. */
    static Ed25519Precomputed of(byte[] publicKey) {
        if (publicKey.length != 32) {
            return null;
        }
        ByteBuffer id = ByteBuffer.wrap(publicKey.clone());
        synchronized (CACHE) {
            Ed25519Precomputed cached = CACHE.get(id);
            if (cached != null) {
                return cached;
            }
        }
        if (!Ed25519.validatePublicKeyFull(publicKey, 0)) {
            return null;
        }
        int[] x = create();
        int[] y = create();
        if (!decode(publicKey, x, y)) {
            return null; // unreachable after BouncyCastle's validation; kept so that a disagreement can only refuse
        }
        negate(x, x);
        carry(x);
        Ed25519Precomputed created = new Ed25519Precomputed(publicKey.clone(), x, y);
        synchronized (CACHE) {
            Ed25519Precomputed raced = CACHE.putIfAbsent(id, created);
            return raced != null ? raced : created;
        }
    }

    /** Verifies a 64-byte signature over {@code message}. */
    boolean verify(byte[] message, byte[] signature) {
        if (signature.length != 64 || !scalarBelowL(signature, 32)) {
            return false;
        }
        SHA512Digest sha = new SHA512Digest();
        sha.update(signature, 0, 32);
        sha.update(publicKey, 0, 32);
        sha.update(message, 0, message.length);
        byte[] h = new byte[64];
        sha.doFinal(h, 0);
        byte[] s = new byte[32];
        System.arraycopy(signature, 32, s, 0, 32);
        byte[] k = reduce(h);
        Table wideBase = BaseTables.wide();
        Table wideKey = wideBase == null ? null : wideKeyTable();
        Workspace w = new Workspace();
        Point r = w.acc;
        r.setIdentity();
        if (wideKey != null) {
            // Both in radix 256 from wide tables: 64 additions, no doubling.
            byte[] kDigits = wideDigits(k);
            byte[] sDigits = wideDigits(s);
            for (int i = 0; i < 32; i++) {
                addDigit(r, wideKey, i, kDigits[i], w);
                addDigit(r, wideBase, i, sDigits[i], w);
            }
        } else {
            sumNarrowKey(r, digits(k), s, wideBase, w);
        }
        byte[] encoded = encodePoint(r, w);
        for (int i = 0; i < 32; i++) {
            if (encoded[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * [S]B − [k]A = Σ d_i 16^i P with the key's narrow table: its odd radix-16 windows first, times 16,
     * then its even ones (the table steps by 256). S goes with the even pass in radix 256 when the wide
     * base table is built (32 additions), in radix 16 over both passes until then (64): the same sum.
     */
    private void sumNarrowKey(Point r, byte[] kDigits, byte[] s, Table wideBase, Workspace w) {
        Table a = keyTable();
        byte[] sDigits = wideBase == null ? digits(s) : wideDigits(s);
        Table b = wideBase == null ? BaseTables.NARROW : wideBase;
        for (int i = 1; i < 64; i += 2) {
            addDigit(r, a, i >> 1, kDigits[i], w);
            if (wideBase == null) {
                addDigit(r, b, i >> 1, sDigits[i], w);
            }
        }
        w.dbl(r, false);
        w.dbl(r, false);
        w.dbl(r, false);
        w.dbl(r, true);
        for (int i = 0; i < 64; i += 2) {
            addDigit(r, a, i >> 1, kDigits[i], w);
            if (wideBase == null) {
                addDigit(r, b, i >> 1, sDigits[i], w);
            }
        }
        if (wideBase != null) {
            for (int i = 0; i < 32; i++) {
                addDigit(r, b, i, sDigits[i], w);
            }
        }
    }

    /** The key's wide table, building it on the use that earns it; {@code null} until then. */
    private Table wideKeyTable() {
        Table t = wideTable;
        if (t == null && uses.get() < WIDE_KEY_AFTER && uses.incrementAndGet() == WIDE_KEY_AFTER
                && WIDE_KEYS.incrementAndGet() <= MAX_WIDE_KEYS) {
            t = new Table(negA(), 128);
            wideTable = t;
        }
        return t;
    }

    /** Whether this key has its wide table (for tests: every table must give the same verdicts). */
    boolean wideKeyTableBuilt() {
        return wideTable != null;
    }

    /** Whether this process may still give a key a wide table (for tests). */
    static boolean wideKeyTablesLeft() {
        return WIDE_KEYS.get() < MAX_WIDE_KEYS;
    }

    /** Whether the wide base table is built (for tests: both tables must give the same verdicts). */
    static boolean wideBaseTableBuilt() {
        return BaseTables.wide != null;
    }

    private Table keyTable() {
        Table t = table;
        if (t == null) {
            t = new Table(negA(), 8);
            table = t; // benign race: two threads may build equal tables
        }
        return t;
    }

    private Point negA() {
        Point negA = new Point();
        X25519Field.copy(negAx, 0, negA.x, 0);
        X25519Field.copy(negAy, 0, negA.y, 0);
        one(negA.z);
        mul(negA.x, negA.y, negA.t);
        return negA;
    }

    private static void addDigit(Point r, Table t, int window, int digit, Workspace w) {
        if (digit > 0) {
            w.madd(r, t, window * t.perWindow + digit - 1, false);
        } else if (digit < 0) {
            w.madd(r, t, window * t.perWindow - digit - 1, true);
        }
    }

    /** The 64 signed radix-16 digits, each in [−8, 8], of a little-endian scalar below 2^255. */
    static byte[] digits(byte[] scalar) {
        byte[] e = new byte[64];
        for (int i = 0; i < 32; i++) {
            e[2 * i] = (byte) (scalar[i] & 15);
            e[2 * i + 1] = (byte) ((scalar[i] >> 4) & 15);
        }
        int carry = 0;
        for (int i = 0; i < 63; i++) {
            int v = e[i] + carry;
            carry = (v + 8) >> 4;
            e[i] = (byte) (v - (carry << 4));
        }
        e[63] += (byte) carry;
        return e;
    }

    /**
     * The 32 signed radix-256 digits, each in [−128, 127], of a little-endian scalar below 2^255 (the top
     * byte is then at most 0x7f plus a carry, so no carry leaves the last digit).
     */
    static byte[] wideDigits(byte[] scalar) {
        byte[] e = new byte[32];
        int carry = 0;
        for (int i = 0; i < 32; i++) {
            int v = (scalar[i] & 0xff) + carry;
            carry = (v + 128) >> 8;
            e[i] = (byte) (v - (carry << 8));
        }
        if (carry != 0) {
            throw new IllegalArgumentException("scalar not below 2^255");
        }
        return e;
    }

    /** Whether the 32-byte little-endian scalar at {@code off} is below L (RFC 8032 section 5.1.7, step 1). */
    static boolean scalarBelowL(byte[] b, int off) {
        for (int i = 31; i >= 0; i--) {
            int x = b[off + i] & 0xff;
            int l = L_LITTLE_ENDIAN[i] & 0xff;
            if (x != l) {
                return x < l;
            }
        }
        return false; // equal to L
    }

    /** A 64-byte little-endian SHA-512 output reduced mod L, as 32 little-endian bytes. */
    private static byte[] reduce(byte[] h) {
        byte[] bigEndian = new byte[64];
        for (int i = 0; i < 64; i++) {
            bigEndian[i] = h[63 - i];
        }
        return littleEndian(new BigInteger(1, bigEndian).mod(L));
    }

    /** The 32 little-endian bytes of a non-negative value below 2^256. */
    static byte[] littleEndian(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < be.length; i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }

    /**
     * The base point's tables. The narrow one (256 points) is built when first needed (class
     * initialization is thread-safe); the wide one (4,096 points, about 700 KB) only once this process has
     * verified enough signatures for it to pay: a single verification, as a command line run makes, does
     * not wait for it.
     */
    private static final class BaseTables {
        static final Table NARROW = new Table(basePoint(), 8);
        private static final int WIDE_AFTER = 256;
        private static final java.util.concurrent.atomic.AtomicInteger USES = new java.util.concurrent.atomic.AtomicInteger();
        private static volatile Table wide;

        static Table wide() {
            Table t = wide;
            if (t == null && USES.incrementAndGet() == WIDE_AFTER) {
                t = new Table(basePoint(), 128);
                wide = t;
            }
            return t;
        }

    }


}
