package org.selvedge.core.crypto;

import java.util.Arrays;

/** Base58 with the Bitcoin alphabet (base58btc), as multibase {@code z} and did:key use it. */
public final class Base58 {
    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58() {}

    /** 58^5, the largest power of 58 below 2^32: five digits are converted at a time. */
    private static final long POW5 = 58L * 58 * 58 * 58 * 58;

    /** Encodes bytes; each leading zero byte becomes a leading '1'. */
    public static String encode(byte[] input) {
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        int[] limbs = toLimbs(input, zeros); // little-endian 32-bit words of the number after the zeros
        int used = limbs.length;
        char[] out = new char[input.length * 2 + 5];
        int pos = out.length;
        while (used > 0) {
            long remainder = 0;
            for (int i = used - 1; i >= 0; i--) {
                long cur = (remainder << 32) | (limbs[i] & 0xffffffffL);
                limbs[i] = (int) (cur / POW5);
                remainder = cur % POW5;
            }
            while (used > 0 && limbs[used - 1] == 0) {
                used--;
            }
            for (int k = 0; k < 5; k++) {
                out[--pos] = ALPHABET[(int) (remainder % 58)];
                remainder /= 58;
            }
        }
        while (pos < out.length && out[pos] == ALPHABET[0]) {
            pos++; // the last group's leading zero digits
        }
        for (int i = 0; i < zeros; i++) {
            out[--pos] = ALPHABET[0];
        }
        return new String(out, pos, out.length - pos);
    }

    private static int[] toLimbs(byte[] bigEndian, int from) {
        int n = bigEndian.length - from;
        int[] limbs = new int[(n + 3) / 4];
        for (int i = 0; i < n; i++) {
            int b = bigEndian[bigEndian.length - 1 - i] & 0xff;
            limbs[i >> 2] |= b << ((i & 3) * 8);
        }
        return limbs;
    }

    /**
     * Decodes base58btc.
     *
     * @throws IllegalArgumentException for a character outside the alphabet (such as 0, O, I, l)
     */
    public static byte[] decode(String input) {
        int length = input.length();
        int zeros = 0;
        while (zeros < length && input.charAt(zeros) == ALPHABET[0]) {
            zeros++;
        }
        // log2(58) < 5.86 bits per character
        int[] limbs = new int[(int) ((length - zeros) * 5.86 / 32) + 1];
        int used = 0;
        for (int i = zeros; i < length; ) {
            long group = 0;
            long scale = 1;
            for (int k = 0; k < 5 && i < length; k++, i++) {
                group = group * 58 + digit(input, i);
                scale *= 58;
            }
            long carry = group;
            for (int j = 0; j < used; j++) {
                long t = (limbs[j] & 0xffffffffL) * scale + carry;
                limbs[j] = (int) t;
                carry = t >>> 32;
            }
            if (carry != 0) {
                limbs[used++] = (int) carry;
            }
        }
        int significant = used * 4;
        while (significant > 0 && byteAt(limbs, significant - 1) == 0) {
            significant--;
        }
        byte[] out = new byte[zeros + significant];
        for (int i = 0; i < significant; i++) {
            out[out.length - 1 - i] = byteAt(limbs, i);
        }
        return out;
    }

    private static byte byteAt(int[] limbs, int i) {
        return (byte) (limbs[i >> 2] >>> ((i & 3) * 8));
    }

    private static int digit(String input, int i) {
        char c = input.charAt(i);
        int digit = c < 128 ? INDEXES[c] : -1;
        if (digit < 0) {
            throw new IllegalArgumentException("'" + (c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c)
                    : String.valueOf(c)) + "' at position " + i + " is not a base58btc character");
        }
        return digit;
    }
}
