package org.selvedge.core;

import java.security.SecureRandom;
import java.util.Objects;
import org.selvedge.core.crypto.DidKey;
import org.selvedge.core.crypto.Jwk;
import org.selvedge.core.crypto.KeyFormatException;
import org.selvedge.core.crypto.KeyType;
import org.selvedge.core.crypto.SigningKey;

/**
 * A private signing key and the {@code did:key} identifier it signs as. Immutable; the secret never
 * appears in {@link #toString()}, logs or exception messages. Store it with {@link #toPrivateJwk()}
 * (a JSON Web Key) and keep that file private.
 *
 * <pre>{@code
 * SigningIdentity coop = SigningIdentity.generate(KeyAlgorithm.ED25519);
 * Files.writeString(keyFile, coop.toPrivateJwk());        // owner-only permissions: see the CLI
 * SigningIdentity again = SigningIdentity.fromJwk(Files.readString(keyFile));
 * String did = again.did();                               // did:key:z6Mk...
 * }</pre>
 */
public final class SigningIdentity {
    private final SigningKey key;
    private final String did;
    private final String verificationMethod;

    private SigningIdentity(SigningKey key) {
        this.key = key;
        this.did = DidKey.did(key.verificationKey());
        this.verificationMethod = DidKey.verificationMethodId(key.verificationKey());
    }

    /** A new random key from a strong random source. */
    public static SigningIdentity generate(KeyAlgorithm algorithm) {
        return new SigningIdentity(SigningKey.generate(type(algorithm), new SecureRandom()));
    }

    /**
     * Reads a private key from its JWK form (OKP Ed25519 or EC P-256).
     *
     * @throws SelvedgeException when it is not a usable private key; the message never holds the secret
     */
    public static SigningIdentity fromJwk(String jwk) throws SelvedgeException {
        try {
            return new SigningIdentity(Jwk.readPrivate(Objects.requireNonNull(jwk, "jwk")));
        } catch (KeyFormatException e) {
            throw new SelvedgeException("not a usable private key: " + e.getMessage());
        }
    }

    /** The private JWK, with {@code kid} set to the verification method. Keep it secret. */
    public String toPrivateJwk() {
        return Jwk.writePrivate(key);
    }

    /** The public JWK: safe to share. */
    public String toPublicJwk() {
        return Jwk.writePublic(key.verificationKey());
    }

    /** {@code did:key:z...}: the identifier a trust policy names. */
    public String did() {
        return did;
    }

    /** {@code did:key:z...#z...}: the verification method proofs name. */
    public String verificationMethod() {
        return verificationMethod;
    }

    /** The key's algorithm. */
    public KeyAlgorithm algorithm() {
        return key.verificationKey().type() == KeyType.ED25519 ? KeyAlgorithm.ED25519 : KeyAlgorithm.P256;
    }

    SigningKey key() {
        return key;
    }

    static KeyType type(KeyAlgorithm algorithm) {
        return algorithm == KeyAlgorithm.ED25519 ? KeyType.ED25519 : KeyType.P256;
    }

    @Override
    public String toString() {
        return "SigningIdentity[" + algorithm() + ", " + did + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningIdentity s && s.did.equals(did);
    }

    @Override
    public int hashCode() {
        return did.hashCode();
    }
}
