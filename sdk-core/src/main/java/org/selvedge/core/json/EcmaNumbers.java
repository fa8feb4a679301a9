package org.selvedge.core.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript {@code Number::toString} for doubles, as RFC 8785 requires for JSON numbers: the
 * shortest decimal that reads back as the same double (the closest one when several are as
 * short), in plain notation from 1e-6 up to 1e21 and in exponent notation ({@code 1e+30},
 * {@code 1.5e-7}) outside it; {@code -0} is written {@code 0}.
 *
 * <p>Java 17's {@code Double.toString} is not always shortest (fixed in JDK 19 by JDK-4511638), so
 * the digits are found here exactly with {@link BigDecimal}: the nearest decimal of {@code p}
 * significant digits reads back as {@code d} for every {@code p} from the shortest length on, so a
 * binary search finds that length. Only at a power of two, where the gap below is half the gap
 * above, can the other neighbour be the shortest, so those values are searched one length at a time.
 */
public final class EcmaNumbers {
    private static final double TWO_53 = 9007199254740992.0;

    private EcmaNumbers() {}

    /**
     * The ECMAScript string of {@code d}.
     *
     * @throws IllegalArgumentException for NaN and the infinities, which JSON cannot express
     */
    public static String format(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JCS (RFC 8785) forbids non-finite numbers: " + d);
        }
        if (d == 0) {
            return "0"; // both +0 and -0
        }
        if (d == Math.rint(d) && Math.abs(d) < TWO_53) {
            return Long.toString((long) d);
        }
        BigDecimal shortest = shortest(Math.abs(d));
        String s = layout(shortest.unscaledValue().toString(), shortest.unscaledValue().toString().length() - shortest.scale());
        return d < 0 ? "-" + s : s;
    }

    /** The shortest decimal (trailing zeros stripped) that parses back to {@code d > 0}, the closest if tied. */
    static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        boolean powerOfTwo = (Double.doubleToRawLongBits(d) & 0x000F_FFFF_FFFF_FFFFL) == 0
                && Math.getExponent(d) > Double.MIN_EXPONENT;
        if (powerOfTwo) {
            for (int p = 1; p <= 17; p++) {
                BigDecimal best = closestRoundTrip(exact, d, p);
                if (best != null) {
                    return best.stripTrailingZeros();
                }
            }
        }
        int lo = 1;
        int hi = 17; // 17 significant digits always round-trip
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nearest(exact, mid).doubleValue() == d) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return nearest(exact, lo).stripTrailingZeros();
    }

    private static BigDecimal nearest(BigDecimal exact, int digits) {
        return exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    /** Of the two {@code p}-digit neighbours of {@code exact}, the closest one that reads back as {@code d}, or null. */
    private static BigDecimal closestRoundTrip(BigDecimal exact, double d, int p) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean downOk = down.doubleValue() == d;
        boolean upOk = up.doubleValue() == d;
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            return cmp <= 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    /** Lays out digits {@code s} (k of them) with decimal exponent {@code n}: value = 0.s × 10^n. */
    private static String layout(String s, int n) {
        int k = s.length();
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        int e = n - 1;
        String exponent = (e < 0 ? "e-" : "e+") + Math.abs(e);
        return k == 1 ? s + exponent : s.charAt(0) + "." + s.substring(1) + exponent;
    }

}
