package org.selvedge.core.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;
import org.selvedge.core.json.JsonInputException;
import org.selvedge.core.json.StrictJson;

/**
 * JSON Web Keys (RFC 7517, RFC 8037): {@code {"kty":"OKP","crv":"Ed25519","x","d"}} and
 * {@code {"kty":"EC","crv":"P-256","x","y","d"}}, base64url without padding. Reading is strict, and no
 * message ever contains the private part.
 */
public final class Jwk {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    /** RFC 7517 members Selvedge reads or tolerates; {@code ext} is what WebCrypto exports add. */
    private static final Set<String> MEMBERS = Set.of("kty", "crv", "x", "y", "d", "kid", "alg", "use", "key_ops", "ext");
    private static final String UNSUPPORTED = "unsupported JWK key type: kty/crv must be OKP/Ed25519 or EC/P-256";

    private Jwk() {}

    /** The private JWK of {@code key}, with {@code kid} its verification method. */
    public static String writePrivate(SigningKey key) {
        ObjectNode n = publicNode(key.verificationKey());
        n.put("d", B64.encodeToString(key.secret()));
        n.put("kid", DidKey.verificationMethodId(key.verificationKey()));
        return n.toPrettyString();
    }

    /** The public JWK of {@code key}. */
    public static String writePublic(VerificationKey key) {
        ObjectNode n = publicNode(key);
        n.put("kid", DidKey.verificationMethodId(key));
        return n.toPrettyString();
    }

    private static ObjectNode publicNode(VerificationKey key) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        if (key.type() == KeyType.ED25519) {
            n.put("kty", "OKP");
            n.put("crv", "Ed25519");
            n.put("x", B64.encodeToString(key.encoded()));
        } else if (key.type() == KeyType.P256) {
            n.put("kty", "EC");
            n.put("crv", "P-256");
            n.put("x", B64.encodeToString(Curves.fixed(key.x(), 32)));
            n.put("y", B64.encodeToString(Curves.fixed(key.y(), 32)));
        } else {
            throw new IllegalArgumentException("Selvedge keys are Ed25519 or P-256");
        }
        return n;
    }

    /** Reads a private JWK. */
    public static SigningKey readPrivate(String json) throws KeyFormatException {
        JsonNode n = parse(json);
        byte[] d = bytes(n, "d", -1);
        if (d == null) {
            throw new KeyFormatException("the JWK has no private part \"d\": it is a public key");
        }
        String kty = text(n, "kty");
        String crv = text(n, "crv");
        SigningKey key;
        if ("OKP".equals(kty) && "Ed25519".equals(crv)) {
            if (d.length != 32) {
                throw new KeyFormatException("an Ed25519 JWK \"d\" is 32 bytes, not " + d.length);
            }
            key = SigningKey.ed25519(d);
        } else if ("EC".equals(kty) && "P-256".equals(crv)) {
            if (d.length != 32) {
                throw new KeyFormatException("a P-256 JWK \"d\" is 32 bytes, not " + d.length);
            }
            key = SigningKey.p256(new BigInteger(1, d));
        } else {
            throw new KeyFormatException(UNSUPPORTED); // values are not echoed: a key file's content stays out of errors
        }
        Arrays.fill(d, (byte) 0);
        if (!key.verificationKey().equals(readPublicNode(n))) {
            throw new KeyFormatException("the JWK's public part does not belong to its private part");
        }
        return key;
    }

    /** Reads a public JWK (a private one is read for its public part). */
    public static VerificationKey readPublic(String json) throws KeyFormatException {
        return readPublicNode(parse(json));
    }

    private static VerificationKey readPublicNode(JsonNode n) throws KeyFormatException {
        String kty = text(n, "kty");
        String crv = text(n, "crv");
        if ("OKP".equals(kty) && "Ed25519".equals(crv)) {
            return VerificationKey.ed25519(bytes(n, "x", 32));
        }
        if ("EC".equals(kty) && "P-256".equals(crv)) {
            return VerificationKey.p256(new BigInteger(1, bytes(n, "x", 32)), new BigInteger(1, bytes(n, "y", 32)));
        }
        throw new KeyFormatException(UNSUPPORTED);
    }

    private static JsonNode parse(String json) throws KeyFormatException {
        JsonNode n;
        try {
            n = StrictJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (JsonInputException e) {
            throw new KeyFormatException("not a JSON Web Key: malformed JSON");
        }
        if (!n.isObject()) {
            throw new KeyFormatException("a JSON Web Key is a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!MEMBERS.contains(name)) {
                // Named only when it looks like a member name, never when it could be key material.
                boolean nameLike = name.length() <= 16 && name.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
                throw new KeyFormatException(nameLike ? "JWK member \"" + name + "\" is not expected"
                        : "the JWK has a member that is not part of an Ed25519 or P-256 key");
            }
        }
        return n;
    }

    private static String text(JsonNode n, String name) throws KeyFormatException {
        JsonNode v = n.get(name);
        if (v == null) {
            throw new KeyFormatException("the JWK has no \"" + name + "\"");
        }
        if (!v.isTextual()) {
            throw new KeyFormatException("JWK \"" + name + "\" must be a string");
        }
        return v.textValue();
    }

    /** Strict base64url of a member; {@code null} when absent and {@code length} is -1; exact length otherwise. */
    private static byte[] bytes(JsonNode n, String name, int length) throws KeyFormatException {
        JsonNode v = n.get(name);
        if (v == null && length < 0) {
            return null;
        }
        String s = text(n, name);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                throw new KeyFormatException("JWK \"" + name + "\" must be unpadded base64url");
            }
        }
        byte[] b;
        try {
            b = Base64.getUrlDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException("JWK \"" + name + "\" is not valid base64url");
        }
        if (!B64.encodeToString(b).equals(s)) {
            throw new KeyFormatException("JWK \"" + name + "\" is not canonical base64url");
        }
        if (length >= 0 && b.length != length) {
            throw new KeyFormatException("JWK \"" + name + "\" is " + b.length + " bytes, not " + length);
        }
        return b;
    }
}
