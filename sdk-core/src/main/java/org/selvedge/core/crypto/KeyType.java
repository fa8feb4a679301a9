package org.selvedge.core.crypto;

/**
 * The key types Selvedge handles, with their did:key multicodec prefixes (varint-encoded). Ed25519
 * and P-256 sign; P-384 is verified too, for credentials made elsewhere (ecdsa-jcs-2019 allows it).
 */
public enum KeyType {
    /** Ed25519, multicodec ed25519-pub 0xed ({@code ed 01}), 32-byte keys. */
    ED25519(new byte[] {(byte) 0xed, 0x01}, 32, 64),
    /** NIST P-256, multicodec p256-pub 0x1200 ({@code 80 24}), 33-byte compressed points. */
    P256(new byte[] {(byte) 0x80, 0x24}, 33, 64),
    /** NIST P-384, multicodec p384-pub 0x1201 ({@code 81 24}), 49-byte compressed points. */
    P384(new byte[] {(byte) 0x81, 0x24}, 49, 96);

    private final byte[] multicodec;
    private final int publicKeyLength;
    private final int signatureLength;

    KeyType(byte[] multicodec, int publicKeyLength, int signatureLength) {
        this.multicodec = multicodec;
        this.publicKeyLength = publicKeyLength;
        this.signatureLength = signatureLength;
    }

    /** The varint multicodec prefix of a public key of this type. */
    byte[] multicodec() {
        return multicodec.clone();
    }

    /** Length of the encoded public key (compressed for the NIST curves). */
    public int publicKeyLength() {
        return publicKeyLength;
    }

    /** Length of a signature: 64 for Ed25519 and P-256 (IEEE P1363 r‖s), 96 for P-384. */
    public int signatureLength() {
        return signatureLength;
    }
}
