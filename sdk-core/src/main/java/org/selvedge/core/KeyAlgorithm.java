package org.selvedge.core;

/** The signature algorithms Selvedge signs with. */
public enum KeyAlgorithm {
    /** Ed25519 (RFC 8032): the default; cryptosuite {@code eddsa-jcs-2022}, JWS {@code EdDSA}. */
    ED25519,
    /** ECDSA on NIST P-256 with SHA-256; cryptosuite {@code ecdsa-jcs-2019}, JWS {@code ES256}. */
    P256
}
