package org.selvedge.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import org.selvedge.core.JsonLimits;

/**
 * RFC 8785 JSON Canonicalization Scheme: members sorted by the UTF-16 code units of their names, no
 * insignificant whitespace, strings with the minimal escapes, numbers as ECMAScript writes them.
 * The bytes that Data Integrity proofs hash. Written straight into a byte buffer: it runs for every
 * credential verified.
 */
public final class Jcs {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final Comparator<Map.Entry<String, JsonNode>> BY_NAME = Map.Entry.comparingByKey();

    private byte[] buf = new byte[4096];
    private int len;

    private Jcs() {}

    /**
     * The canonical UTF-8 bytes of a parsed JSON value.
     *
     * @throws JcsException for a non-finite number, a lone surrogate or a node that is not JSON
     */
    public static byte[] canonicalize(JsonNode node) {
        Jcs w = new Jcs();
        w.value(node);
        return Arrays.copyOf(w.buf, w.len);
    }

    /**
     * The canonical bytes of an object as if it had no member {@code excluded}: a credential without its
     * {@code proof}, proof options without their {@code proofValue}, with no copy of the tree.
     */
    public static byte[] canonicalizeWithout(ObjectNode object, String excluded) {
        Jcs w = new Jcs();
        w.object(object, excluded);
        return Arrays.copyOf(w.buf, w.len);
    }

    /** Parses {@code json} strictly (duplicate keys, lone surrogates... rejected) and canonicalizes it. */
    public static byte[] canonicalize(byte[] json) {
        try {
            return canonicalize(StrictJson.parse(json, JsonLimits.DEFAULT));
        } catch (JsonInputException e) {
            throw new JcsException(e.getMessage() + (e.path().isEmpty() ? "" : " at " + e.path()));
        }
    }

    private void value(JsonNode n) {
        switch (n.getNodeType()) {
            case OBJECT:
                object(n, null);
                break;
            case ARRAY:
                put('[');
                for (int i = 0; i < n.size(); i++) {
                    if (i > 0) {
                        put(',');
                    }
                    value(n.get(i));
                }
                put(']');
                break;
            case STRING:
                string(n.textValue());
                break;
            case NUMBER:
                number(n);
                break;
            case BOOLEAN:
                ascii(n.booleanValue() ? "true" : "false");
                break;
            case NULL:
                ascii("null");
                break;
            default:
                throw new JcsException("not a JSON value: " + n.getNodeType());
        }
    }

    @SuppressWarnings("unchecked")
    private void object(JsonNode n, String excluded) {
        Map.Entry<String, JsonNode>[] members = new Map.Entry[n.size()];
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals(excluded)) {
                members[count++] = e;
            }
        }
        // String.compareTo compares UTF-16 code units, as RFC 8785 section 3.2.3 requires
        if (count > 1) {
            Arrays.sort(members, 0, count, BY_NAME);
        }
        put('{');
        for (int j = 0; j < count; j++) {
            if (j > 0) {
                put(',');
            }
            string(members[j].getKey());
            put(':');
            value(members[j].getValue());
        }
        put('}');
    }

    private void number(JsonNode n) {
        if (n.isInt() || n.isLong()) {
            long v = n.longValue();
            if (Math.abs(v) < (1L << 53)) {
                ascii(Long.toString(v));
                return;
            }
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new JcsException("number " + n.asText() + " is not a finite IEEE-754 double");
        }
        ascii(EcmaNumbers.format(d));
    }

    private void string(String s) {
        int n = s.length();
        if (len + n + 2 > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n + 2));
        }
        buf[len++] = '"';
        // Most strings are printable ASCII with nothing to escape: copied without per-byte checks.
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            buf[len++] = (byte) c;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '"':
                        put('\\');
                        put('"');
                        break;
                    case '\\':
                        put('\\');
                        put('\\');
                        break;
                    case '\b':
                        put('\\');
                        put('b');
                        break;
                    case '\f':
                        put('\\');
                        put('f');
                        break;
                    case '\n':
                        put('\\');
                        put('n');
                        break;
                    case '\r':
                        put('\\');
                        put('r');
                        break;
                    case '\t':
                        put('\\');
                        put('t');
                        break;
                    default:
                        if (c < 0x20) {
                            ascii("\\u00");
                            put(HEX[c >> 4]);
                            put(HEX[c & 0xf]);
                        } else {
                            put(c);
                        }
                }
            } else if (c < 0x800) {
                put(0xc0 | (c >> 6));
                put(0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    put(0xf0 | (cp >> 18));
                    put(0x80 | ((cp >> 12) & 0x3f));
                    put(0x80 | ((cp >> 6) & 0x3f));
                    put(0x80 | (cp & 0x3f));
                } else {
                    // Reached only by trees built in code: parsed input is checked by StrictJson, with its path.
                    throw new JcsException(String.format("lone surrogate \\u%04x in a string: I-JSON forbids it", (int) c));
                }
            } else {
                put(0xe0 | (c >> 12));
                put(0x80 | ((c >> 6) & 0x3f));
                put(0x80 | (c & 0x3f));
            }
        }
        put('"');
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    private void put(int b) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = (byte) b;
    }
}
