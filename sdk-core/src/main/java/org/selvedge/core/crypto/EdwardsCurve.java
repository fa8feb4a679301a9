package org.selvedge.core.crypto;

import static org.bouncycastle.math.ec.rfc7748.X25519Field.add;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.addOne;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.apm;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.carry;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.create;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.encode;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.invVar;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.isZeroVar;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.mul;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.negate;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.normalize;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.one;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.sqr;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.sqrtRatioVar;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.sub;
import static org.bouncycastle.math.ec.rfc7748.X25519Field.subOne;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * The group of Ed25519 (the twisted Edwards curve −x² + y² = 1 + d·x²·y² over GF(2^255 − 19)) as
 * {@link Ed25519Precomputed} needs it: decoding and encoding points (RFC 8032 section 5.1), points in
 * extended coordinates, the complete addition and doubling formulas of Hisil, Wong, Carter and Dawson
 * (2008) for a = −1, and tables of multiples in affine Niels form. Field arithmetic is BouncyCastle's
 * {@code X25519Field}. Nothing here is secret: no constant time is needed.
 */
final class EdwardsCurve {
    /** The curve constant d = −121665/121666, and 2d. */
    static final int[] D = curveConstantD();
    static final int[] D2 = twice(D);

    private EdwardsCurve() {}

    /** Decodes a point (RFC 8032 section 5.1.3); false when it is not one. */
    static boolean decode(byte[] encoded, int[] x, int[] y) {
        byte[] py = encoded.clone();
        int sign = (py[31] & 0x80) >>> 7;
        py[31] &= 0x7f;
        X25519Field.decode(py, 0, y);
        int[] canonical = y.clone();
        normalize(canonical);
        byte[] again = new byte[32];
        encode(canonical, again, 0);
        if (!java.util.Arrays.equals(again, py)) {
            return false; // y ≥ p
        }
        // x² = (y² − 1) / (d·y² + 1)
        int[] u = create();
        int[] v = create();
        sqr(y, u);
        mul(D, u, v);
        subOne(u);
        addOne(v);
        if (!sqrtRatioVar(u, v, x)) {
            return false;
        }
        normalize(x);
        if (sign == 1 && isZeroVar(x)) {
            return false;
        }
        if (sign != (x[0] & 1)) {
            negate(x, x);
            carry(x);
            normalize(x);
        }
        return true;
    }

    private static int[] curveConstantD() {
        int[] num = create();
        num[0] = 121665;
        int[] den = create();
        den[0] = 121666;
        int[] inv = create();
        invVar(den, inv);
        int[] d = create();
        mul(num, inv, d);
        negate(d, d);
        carry(d);
        normalize(d);
        return d;
    }

    private static int[] twice(int[] d) {
        int[] r = create();
        add(d, d, r);
        carry(r);
        normalize(r);
        return r;
    }

    /** The RFC 8032 encoding of {@code p} (with one inversion), using {@code w}'s scratch space. */
    static byte[] encodePoint(Point p, Workspace w) {
        int[] zInv = w.t0;
        int[] x = w.t1;
        int[] y = w.t2;
        invVar(p.z, zInv);
        mul(p.x, zInv, x);
        mul(p.y, zInv, y);
        normalize(x);
        normalize(y);
        byte[] out = new byte[32];
        encode(y, out, 0);
        out[31] |= (byte) ((x[0] & 1) << 7);
        return out;
    }

/** The base point B, its y = 4/5 and x positive (RFC 8032 section 5.1). */
static Point basePoint() {
        byte[] encoded = new byte[32];
        encoded[0] = 0x58;
        for (int i = 1; i < 32; i++) {
            encoded[i] = 0x66;
        }
        Point b = new Point();
        if (!decode(encoded, b.x, b.y)) {
            throw new IllegalStateException("the Ed25519 base point does not decode");
        }
        one(b.z);
        mul(b.x, b.y, b.t);
        return b;
    }

    /** A point in extended coordinates (X : Y : Z : T), x = X/Z, y = Y/Z, x·y = T/Z. */
    static final class Point {
        final int[] x = create();
        final int[] y = create();
        final int[] z = create();
        final int[] t = create();

        void setIdentity() {
            X25519Field.zero(x);
            one(y);
            one(z);
            X25519Field.zero(t);
        }

        void set(Point p) {
            X25519Field.copy(p.x, 0, x, 0);
            X25519Field.copy(p.y, 0, y, 0);
            X25519Field.copy(p.z, 0, z, 0);
            X25519Field.copy(p.t, 0, t, 0);
        }
    }

    /**
     * The multiples {@code j · 256^i · P} for 32 windows i and j = 1..perWindow, in affine Niels form
     * (y + x, y − x, 2d·x·y), which adds a point with seven multiplications: 8 per window serve
     * radix-16 digits (two per window step), 128 serve radix-256 digits.
     */
    static final class Table {
        final int perWindow;
        final int[][] yPlusX;
        final int[][] yMinusX;
        final int[][] xy2d;

        Table(Point p, int perWindow) {
            this.perWindow = perWindow;
            int n = 32 * perWindow;
            yPlusX = new int[n][];
            yMinusX = new int[n][];
            xy2d = new int[n][];
            Workspace w = new Workspace();
            Point[] points = new Point[n];
            Point base = new Point();
            base.set(p);
            for (int window = 0; window < 32; window++) {
                int first = window * perWindow;
                points[first] = new Point();
                points[first].set(base);
                for (int j = 1; j < perWindow; j++) {
                    points[first + j] = new Point();
                    w.add(points[first + j - 1], base, points[first + j]);
                }
                for (int k = 0; k < 8; k++) {
                    w.dbl(base, true);
                }
            }
            normalizeAll(points);
        }

        /** To affine with one inversion for all (Montgomery's trick), then to Niels form. */
        private void normalizeAll(Point[] points) {
            int n = points.length;
            int[][] prefix = new int[n][];
            int[] acc = create();
            one(acc);
            for (int i = 0; i < n; i++) {
                prefix[i] = acc.clone();
                mul(acc, points[i].z, acc);
            }
            int[] inv = create();
            invVar(acc, inv);
            int[] zInv = create();
            int[] x = create();
            int[] y = create();
            for (int i = n - 1; i >= 0; i--) {
                mul(inv, prefix[i], zInv);
                mul(inv, points[i].z, inv);
                mul(points[i].x, zInv, x);
                mul(points[i].y, zInv, y);
                normalize(x);
                normalize(y);
                int[] sum = create();
                int[] difference = create();
                apm(y, x, sum, difference);
                carry(sum);
                carry(difference);
                int[] product = create();
                mul(x, y, product);
                mul(product, D2, product);
                yPlusX[i] = sum;
                yMinusX[i] = difference;
                xy2d[i] = product;
            }
        }
    }

    /** Scratch field elements for one verification: the hot loop allocates nothing. */
    static final class Workspace {
        final Point acc = new Point();
        final int[] a = create();
        final int[] b = create();
        final int[] c = create();
        final int[] d = create();
        final int[] e = create();
        final int[] f = create();
        final int[] g = create();
        final int[] h = create();
        final int[] t0 = create();
        final int[] t1 = create();
        final int[] t2 = create();

        /** r += ±(table entry): mixed addition with an affine Niels point. */
        void madd(Point r, Table t, int index, boolean negative) {
            apm(r.y, r.x, b, a); // b = Y + X, a = Y − X
            if (negative) { // −(x, y) = (−x, y): y + x and y − x swap, 2dxy changes sign
                mul(a, t.yPlusX[index], a);
                mul(b, t.yMinusX[index], b);
            } else {
                mul(a, t.yMinusX[index], a);
                mul(b, t.yPlusX[index], b);
            }
            mul(r.t, t.xy2d[index], c);
            X25519Field.add(r.z, r.z, d);
            apm(b, a, h, e); // h = B + A, e = B − A
            if (negative) {
                apm(d, c, f, g); // f = D + C, g = D − C
            } else {
                apm(d, c, g, f); // g = D + C, f = D − C
            }
            carry(f);
            carry(g);
            mul(e, f, r.x);
            mul(g, h, r.y);
            mul(e, h, r.t);
            mul(f, g, r.z);
        }

        /** r = p + q, both in extended coordinates (only while building tables). */
        void add(Point p, Point q, Point r) {
            apm(p.y, p.x, b, a);
            apm(q.y, q.x, t1, t0);
            mul(a, t0, a);
            mul(b, t1, b);
            mul(p.t, q.t, c);
            mul(c, D2, c);
            mul(p.z, q.z, d);
            X25519Field.add(d, d, d);
            apm(b, a, h, e);
            apm(d, c, g, f);
            carry(e);
            carry(f);
            carry(g);
            carry(h);
            mul(e, f, r.x);
            mul(g, h, r.y);
            mul(e, h, r.t);
            mul(f, g, r.z);
        }

        /** r = 2r; T is computed only when the next operation is an addition. */
        void dbl(Point r, boolean withT) {
            sqr(r.x, a); // A = X²
            sqr(r.y, b); // B = Y²
            sqr(r.z, c);
            X25519Field.add(c, c, c); // C = 2Z²
            X25519Field.add(r.x, r.y, e);
            sqr(e, e); // (X + Y)²
            apm(b, a, h, g); // h = A + B = −H, g = B − A = G
            sub(h, e, e); // e = A + B − (X + Y)² = −E
            sub(g, c, f); // f = G − C = F
            carry(e);
            carry(f);
            carry(g);
            carry(h);
            mul(e, f, r.x);
            negate(r.x, r.x); // X3 = E·F
            mul(g, h, r.y);
            negate(r.y, r.y); // Y3 = G·H
            if (withT) {
                mul(e, h, r.t); // T3 = E·H
            }
            mul(f, g, r.z); // Z3 = F·G
        }
    }}
