package org.selvedge.core.crypto;

import java.util.Arrays;

/**
 * The {@code did:key} method: {@code did:key:z} + base58btc(multicodec varint ‖ public key), and
 * verification methods of the form {@code did:key:zX#zX}. Strict: only Ed25519, P-256 and P-384,
 * exact lengths, valid points.
 */
public final class DidKey {
    private static final String PREFIX = "did:key:";

    private DidKey() {}

    /** The DID of a public key. */
    public static String did(VerificationKey key) {
        return PREFIX + multibase(key);
    }

    /** The verification method id: the DID, {@code #}, and the key's multibase value again. */
    public static String verificationMethodId(VerificationKey key) {
        String mb = multibase(key);
        return PREFIX + mb + "#" + mb;
    }

    private static String multibase(VerificationKey key) {
        byte[] codec = key.type().multicodec();
        byte[] raw = key.encoded();
        byte[] all = Arrays.copyOf(codec, codec.length + raw.length);
        System.arraycopy(raw, 0, all, codec.length, raw.length);
        return Multibase.encodeBase58btc(all);
    }

    /**
     * The public key a {@code did:key} names.
     *
     * @throws KeyFormatException when it is not a did:key of a supported, valid key
     */
    public static VerificationKey resolve(String did) throws KeyFormatException {
        if (did == null || !did.startsWith(PREFIX + "z")) {
            throw new KeyFormatException("not a did:key with a base58btc key (did:key:z...): " + shorten(did));
        }
        byte[] bytes;
        try {
            bytes = Multibase.decodeBase58btc(did.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException("did:key is not valid base58btc: " + e.getMessage());
        }
        if (bytes.length < 2) {
            throw new KeyFormatException("did:key is too short to hold a key");
        }
        for (KeyType type : KeyType.values()) {
            byte[] codec = type.multicodec();
            if (bytes[0] == codec[0] && bytes[1] == codec[1]) {
                byte[] raw = Arrays.copyOfRange(bytes, 2, bytes.length);
                if (raw.length != type.publicKeyLength()) {
                    throw new KeyFormatException("a " + type + " did:key holds " + type.publicKeyLength()
                            + " key bytes, this one " + raw.length);
                }
                return type == KeyType.ED25519 ? VerificationKey.ed25519(raw) : VerificationKey.ec(type, raw);
            }
        }
        throw new KeyFormatException(String.format("did:key uses multicodec prefix %02x %02x, which is not Ed25519 (ed 01),"
                + " P-256 (80 24) or P-384 (81 24)", bytes[0] & 0xff, bytes[1] & 0xff));
    }

    /**
     * The key of a verification method {@code did:key:zX#zX}, whose fragment must repeat the key.
     *
     * @throws KeyFormatException otherwise
     */
    public static VerificationKey resolveVerificationMethod(String vm) throws KeyFormatException {
        int hash = vm == null ? -1 : vm.indexOf('#');
        if (hash < 0) {
            throw new KeyFormatException("verification method must be did:key:z...#z..., not " + shorten(vm));
        }
        String did = vm.substring(0, hash);
        String fragment = vm.substring(hash + 1);
        if (!did.startsWith(PREFIX) || !fragment.equals(did.substring(PREFIX.length()))) {
            throw new KeyFormatException("the verification method's fragment must repeat its did:key value: " + shorten(vm));
        }
        return resolve(did);
    }

    private static String shorten(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
