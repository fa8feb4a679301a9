package org.selvedge.core.credential;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.selvedge.core.crypto.KeyType;

/**
 * The W3C Data Integrity cryptosuites Selvedge signs and verifies, both with JCS (RFC 8785)
 * canonicalization: {@code eddsa-jcs-2022} (Ed25519, SHA-256) and {@code ecdsa-jcs-2019} (P-256
 * with SHA-256; P-384 with SHA-384 is verified too).
 */
public enum Cryptosuite {
    EDDSA_JCS_2022("eddsa-jcs-2022"),
    ECDSA_JCS_2019("ecdsa-jcs-2019");

    private final String id;

    Cryptosuite(String id) {
        this.id = id;
    }

    /** The {@code cryptosuite} value in a proof. */
    public String id() {
        return id;
    }

    /** The suite with this id, or {@code null}. */
    public static Cryptosuite byId(String id) {
        for (Cryptosuite s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** The suite for signing with a key of this type. */
    public static Cryptosuite forKey(KeyType type) {
        return type == KeyType.ED25519 ? EDDSA_JCS_2022 : ECDSA_JCS_2019;
    }

    /** Whether a key of this type may sign under this suite. */
    public boolean accepts(KeyType type) {
        return this == EDDSA_JCS_2022 ? type == KeyType.ED25519 : type != KeyType.ED25519;
    }

    /** The hash the suite applies to the canonical proof options and document for a key of this type. */
    static Digest digest(KeyType type) {
        return type == KeyType.P384 ? new SHA384Digest() : new SHA256Digest();
    }
}
