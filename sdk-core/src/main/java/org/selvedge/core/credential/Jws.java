package org.selvedge.core.credential;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.selvedge.api.verification.IssueCode;
import org.selvedge.core.JsonLimits;
import org.selvedge.core.crypto.KeyType;
import org.selvedge.core.crypto.SigningKey;
import org.selvedge.core.json.JsonInputException;
import org.selvedge.core.json.StrictJson;

/**
 * Compact JWS as VC-JOSE-COSE uses it to secure a credential ({@code typ} {@code vc+jwt},
 * {@code cty} {@code vc}, {@code alg} {@code EdDSA} or {@code ES256}, {@code kid} the verification
 * method). Parsing is strict: exactly three segments of unpadded base64url in canonical form, a
 * header without duplicate members, no {@code crit}, no unencoded payload, no {@code none} or HMAC;
 * header parameters it does not use are ignored, as RFC 7515 requires.
 */
public final class Jws {
    /** The media type of a credential secured with JOSE. */
    public static final String TYP = "vc+jwt";
    /** The content type of the payload: a credential. */
    public static final String CTY = "vc";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jws() {}

    /** The JWS {@code alg} for a key type. */
    public static String alg(KeyType type) {
        switch (type) {
            case ED25519:
                return "EdDSA";
            case P256:
                return "ES256";
            default:
                throw new IllegalArgumentException("Selvedge signs JWS only with Ed25519 or P-256, not " + type);
        }
    }

    /** Signs {@code payload} (a credential's JSON bytes) as a compact JWS. */
    public static String sign(SigningKey key, String kid, byte[] payload) {
        String header = "{\"alg\":\"" + alg(key.verificationKey().type()) + "\",\"typ\":\"" + TYP
                + "\",\"cty\":\"" + CTY + "\",\"kid\":" + quote(kid) + "}";
        String signingInput = encode(header.getBytes(StandardCharsets.UTF_8)) + "." + encode(payload);
        byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + encode(signature);
    }

    /** A parsed compact JWS, not yet verified. */
    public record Parsed(String alg, String kid, JsonNode header, byte[] payload, byte[] signingInput, byte[] signature) {}

    /** Why a JWS cannot be used, with the issue code to report. */
    public static final class JwsException extends Exception {
        private static final long serialVersionUID = 1L;
        private final IssueCode code;

        JwsException(IssueCode code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public IssueCode code() {
            return code;
        }
    }

    /** Splits, decodes and checks the header of a compact JWS. */
    public static Parsed parse(String compact, JsonLimits limits) throws JwsException {
        // base64url makes 4 characters of 3 bytes: anything longer than that of a maximal document (plus
        // header and signature) is refused before it is split and decoded.
        long max = limits.maxDocumentBytes() / 3L * 4 + 16_384;
        if (compact.length() > max) {
            throw new JwsException(IssueCode.LIMIT_EXCEEDED, "the JWS is " + compact.length() + " characters, over the "
                    + max + " that a credential of the document limit (" + limits.maxDocumentBytes() + " bytes) needs");
        }
        String[] parts = compact.split("\\.", -1);
        if (parts.length != 3) {
            throw new JwsException(IssueCode.MALFORMED_INPUT, "a compact JWS has exactly 3 dot-separated segments, this has "
                    + parts.length);
        }
        byte[] headerBytes = decode(parts[0], "header");
        JsonNode header;
        try {
            header = StrictJson.parse(headerBytes, limits);
        } catch (JsonInputException e) {
            throw new JwsException(IssueCode.MALFORMED_PROOF, "JWS header: " + e.getMessage());
        }
        if (!header.isObject()) {
            throw new JwsException(IssueCode.MALFORMED_PROOF, "JWS header must be a JSON object");
        }
        if (header.has("crit")) {
            throw new JwsException(IssueCode.MALFORMED_PROOF, "JWS header has crit " + header.get("crit")
                    + ": Selvedge understands no critical extensions, so it must reject it (RFC 7515 section 4.1.11)");
        }
        if (header.has("b64")) {
            throw new JwsException(IssueCode.MALFORMED_PROOF, "JWS header has b64: unencoded payloads are not accepted");
        }
        // Other header parameters are ignored, as RFC 7515 section 4 requires of parameters not named in crit.
        String alg = text(header, "alg");
        if (alg == null) {
            throw new JwsException(IssueCode.MALFORMED_PROOF, "JWS header has no alg");
        }
        if (!alg.equals("EdDSA") && !alg.equals("ES256")) {
            throw new JwsException(IssueCode.UNSUPPORTED_CRYPTOSUITE, "JWS alg \"" + alg + "\" is not accepted: only EdDSA"
                    + " (Ed25519) and ES256 (P-256)" + (alg.equals("none") || alg.startsWith("HS")
                            ? "; unsigned and shared-secret tokens prove nothing about who signed" : ""));
        }
        if (!mediaType(TYP, text(header, "typ"))) {
            throw new JwsException(IssueCode.MALFORMED_PROOF, "JWS typ must be \"vc+jwt\", not " + header.get("typ"));
        }
        if (header.has("cty") && !mediaType(CTY, text(header, "cty"))) {
            throw new JwsException(IssueCode.MALFORMED_PROOF, "JWS cty must be \"vc\", not " + header.get("cty"));
        }
        String kid = text(header, "kid");
        if (kid == null) {
            throw new JwsException(IssueCode.MALFORMED_PROOF, "JWS header has no kid naming the signer's verification method");
        }
        byte[] payload = decode(parts[1], "payload");
        byte[] signature = decode(parts[2], "signature");
        byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        return new Parsed(alg, kid, header, payload, signingInput, signature);
    }

    /**
     * Whether a typ or cty value names {@code expected}: media types are case-insensitive, and the
     * "application/" prefix may be left out (RFC 7515 sections 4.1.9 and 4.1.10).
     */
    private static boolean mediaType(String expected, String value) {
        if (value == null) {
            return false;
        }
        String v = value.regionMatches(true, 0, "application/", 0, 12) ? value.substring(12) : value;
        return v.equalsIgnoreCase(expected);
    }

    private static String text(JsonNode header, String name) throws JwsException {
        JsonNode v = header.get(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw new JwsException(IssueCode.MALFORMED_PROOF, "JWS header " + name + " must be a string");
        }
        return v.textValue();
    }

    /** Strict base64url: the URL-safe alphabet, no padding, and the canonical encoding of its bytes. */
    static byte[] decode(String segment, String what) throws JwsException {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                throw new JwsException(IssueCode.MALFORMED_INPUT, "JWS " + what + " has '" + (c < 0x20 || c > 0x7e
                        ? String.format("\\u%04x", (int) c) : String.valueOf(c)) + "', which unpadded base64url does not allow");
            }
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(segment);
        } catch (IllegalArgumentException e) {
            throw new JwsException(IssueCode.MALFORMED_INPUT, "JWS " + what + " is not valid base64url");
        }
        if (!ENCODER.encodeToString(bytes).equals(segment)) {
            throw new JwsException(IssueCode.MALFORMED_INPUT, "JWS " + what + " is not in canonical base64url (stray bits)");
        }
        return bytes;
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
