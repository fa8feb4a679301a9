package org.selvedge.core.crypto;

/** Multibase with the one base Data Integrity and did:key use here: {@code z} + base58btc. */
public final class Multibase {
    private Multibase() {}

    /** {@code "z" + base58btc(bytes)}. */
    public static String encodeBase58btc(byte[] bytes) {
        return "z" + Base58.encode(bytes);
    }

    /**
     * Decodes a {@code z}-prefixed base58btc string.
     *
     * @throws IllegalArgumentException when the prefix is not {@code z} or a character is not base58btc
     */
    public static byte[] decodeBase58btc(String multibase) {
        if (multibase.isEmpty() || multibase.charAt(0) != 'z') {
            throw new IllegalArgumentException("multibase value must start with 'z' (base58btc)");
        }
        return Base58.decode(multibase.substring(1));
    }
}
