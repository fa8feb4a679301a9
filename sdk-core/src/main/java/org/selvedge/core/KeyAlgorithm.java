package org.selvedge.core;

/**
 * The signature algorithms Selvedge signs with.
 *
 * <pre>{@code
 * SigningIdentity auditorKey = SigningIdentity.generate(KeyAlgorithm.P256);   // ecdsa-jcs-2019, JWS ES256
 * String did = auditorKey.did();                                              // did:key:zDn...
 * boolean eddsa = coopIdentity.algorithm() == KeyAlgorithm.ED25519;           // did:key:z6Mk..., eddsa-jcs-2022
 * }</pre>
 */
public enum KeyAlgorithm {
    /** Ed25519 (RFC 8032): the default; cryptosuite {@code eddsa-jcs-2022}, JWS {@code EdDSA}. */
    ED25519,
    /** ECDSA on NIST P-256 with SHA-256; cryptosuite {@code ecdsa-jcs-2019}, JWS {@code ES256}. */
    P256
}
