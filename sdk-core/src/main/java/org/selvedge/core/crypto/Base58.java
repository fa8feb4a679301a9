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

    /** Encodes bytes; each leading zero byte becomes a leading '1'. */
    public static String encode(byte[] input) {
        if (input.length == 0) {
            return "";
        }
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] digits = Arrays.copyOf(input, input.length);
        char[] out = new char[input.length * 2];
        int outStart = out.length;
        int start = zeros;
        while (start < digits.length) {
            out[--outStart] = ALPHABET[divmod(digits, start, 256, 58)];
            if (digits[start] == 0) {
                start++;
            }
        }
        while (outStart < out.length && out[outStart] == ALPHABET[0]) {
            outStart++;
        }
        while (--zeros >= 0) {
            out[--outStart] = ALPHABET[0];
        }
        return new String(out, outStart, out.length - outStart);
    }

    /**
     * Decodes base58btc.
     *
     * @throws IllegalArgumentException for a character outside the alphabet (such as 0, O, I, l)
     */
    public static byte[] decode(String input) {
        if (input.isEmpty()) {
            return new byte[0];
        }
        byte[] input58 = new byte[input.length()];
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("'" + (c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c)
                        : String.valueOf(c)) + "' at position " + i + " is not a base58btc character");
            }
            input58[i] = (byte) digit;
        }
        int zeros = 0;
        while (zeros < input58.length && input58[zeros] == 0) {
            zeros++;
        }
        byte[] decoded = new byte[input.length()];
        int outStart = decoded.length;
        int start = zeros;
        while (start < input58.length) {
            decoded[--outStart] = divmod(input58, start, 58, 256);
            if (input58[start] == 0) {
                start++;
            }
        }
        while (outStart < decoded.length && decoded[outStart] == 0) {
            outStart++;
        }
        return Arrays.copyOfRange(decoded, outStart - zeros, decoded.length);
    }

    /** Divides the big number in {@code number[start..]} (digits in {@code base}) by {@code divisor} in place. */
    private static byte divmod(byte[] number, int start, int base, int divisor) {
        int remainder = 0;
        for (int i = start; i < number.length; i++) {
            int digit = number[i] & 0xff;
            int temp = remainder * base + digit;
            number[i] = (byte) (temp / divisor);
            remainder = temp % divisor;
        }
        return (byte) remainder;
    }
}
