package org.selvedge.core.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bouncycastle.crypto.Digest;
import org.selvedge.core.crypto.KeyType;
import org.selvedge.core.crypto.SigningKey;
import org.selvedge.core.crypto.VerificationKey;
import org.selvedge.core.json.Jcs;

/**
 * The W3C Data Integrity algorithms of {@code eddsa-jcs-2022} and {@code ecdsa-jcs-2019}: hash the
 * JCS form of the proof options and of the unsecured document, and sign {@code proofHash ‖ docHash}
 * (proof hash first).
 */
public final class DataIntegrity {
    private DataIntegrity() {}

    /** The value the suite signs: hash(JCS(proof options)) ‖ hash(canonical document). */
    public static byte[] hashData(KeyType type, JsonNode proofOptions, byte[] canonicalDocument) {
        return hash(type, Jcs.canonicalize(proofOptions), canonicalDocument);
    }

    private static byte[] hash(KeyType type, byte[] proofCanon, byte[] canonicalDocument) {
        Digest d = Cryptosuite.digest(type);
        int n = d.getDigestSize();
        byte[] out = new byte[2 * n];
        d.update(proofCanon, 0, proofCanon.length);
        d.doFinal(out, 0);
        d.update(canonicalDocument, 0, canonicalDocument.length);
        d.doFinal(out, n);
        return out;
    }

    /** Signs: the proof value bytes for these options over this canonical document. */
    public static byte[] sign(SigningKey key, ObjectNode proofOptions, byte[] canonicalDocument) {
        return key.sign(hashData(key.verificationKey().type(), proofOptions, canonicalDocument));
    }

    /**
     * Verifies a decoded proof value against a proof, whose {@code proofValue} member (if present) is
     * left out of what was signed; false for any mismatch, never an exception. A proof without
     * {@code @context} is hashed with the document's, as the suites' proof configuration step says.
     */
    public static boolean verify(VerificationKey key, ObjectNode proof, JsonNode documentContext, byte[] canonicalDocument,
            byte[] signature) {
        byte[] proofCanon;
        if (proof.has("@context") || documentContext == null) {
            proofCanon = Jcs.canonicalizeWithout(proof, "proofValue");
        } else {
            ObjectNode config = proof.deepCopy();
            config.set("@context", documentContext);
            proofCanon = Jcs.canonicalizeWithout(config, "proofValue");
        }
        return key.verify(hash(key.type(), proofCanon, canonicalDocument), signature);
    }

    /** Verifies a decoded proof value against proof options that carry their {@code @context}. */
    public static boolean verify(VerificationKey key, ObjectNode proof, byte[] canonicalDocument, byte[] signature) {
        return verify(key, proof, null, canonicalDocument, signature);
    }
}
