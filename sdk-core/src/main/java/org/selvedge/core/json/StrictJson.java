package org.selvedge.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.core.JsonLimits;

/**
 * Strict JSON parsing into a Jackson tree: I-JSON (RFC 7493) plus limits. Rejects duplicate member
 * names, a byte-order mark, trailing content, ill-formed UTF-8, lone surrogates, numbers that no
 * IEEE-754 double holds exactly, and anything over the {@link JsonLimits}; every rejection carries a
 * code, the JSON Pointer where known, and a message a person understands.
 *
 * <p>Fractional numbers are kept as exact {@link BigDecimal}s; integers as int, long or BigInteger.
 */
public final class StrictJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ConcurrentHashMap<JsonLimits, JsonFactory> FACTORIES = new ConcurrentHashMap<>();
    /**
     * The high bit of each of eight bytes read as one long: the ASCII fast path of the UTF-8 check. (The
     * longs come from a ByteBuffer rather than a VarHandle view: the first use of a VarHandle spins
     * method-handle forms, tens of milliseconds of a command line's start.)
     */
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** Integers of at most this magnitude are exact doubles. */
    private static final long TWO_53 = 1L << 53;

    private StrictJson() {}

    /** Parses one JSON document under the default limits. */
    public static JsonNode parse(byte[] json) throws JsonInputException {
        return parse(json, JsonLimits.DEFAULT);
    }

    /** Parses one JSON document. */
    public static JsonNode parse(byte[] json, JsonLimits limits) throws JsonInputException {
        if (json.length > limits.maxDocumentBytes()) {
            throw new JsonInputException(ViolationCode.LIMIT_EXCEEDED, "", "document is " + json.length
                    + " bytes, over the limit of " + limits.maxDocumentBytes());
        }
        if (json.length >= 3 && (json[0] & 0xff) == 0xef && (json[1] & 0xff) == 0xbb && (json[2] & 0xff) == 0xbf) {
            throw new JsonInputException(ViolationCode.MALFORMED_JSON, "",
                    "document starts with a byte-order mark, which JSON texts must not have (RFC 8259 section 8.1)");
        }
        int bad = invalidUtf8(json);
        if (bad >= 0) {
            throw new JsonInputException(ViolationCode.MALFORMED_JSON, "", "invalid UTF-8 at byte offset " + bad
                    + ": " + utf8Problem(json, bad) + " (RFC 3629; JSON text must be UTF-8, RFC 8259 section 8.1)");
        }
        JsonFactory factory = FACTORIES.computeIfAbsent(limits, StrictJson::factory);
        JsonParser p = null;
        try {
            p = factory.createParser(json);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new JsonInputException(ViolationCode.MALFORMED_JSON, "", "document is empty");
            }
            JsonNode root = new TreeBuilder(p, limits).value(first);
            JsonToken trailing;
            try {
                trailing = p.nextToken();
            } catch (JsonProcessingException e) {
                throw new JsonInputException(ViolationCode.MALFORMED_JSON, "",
                        "unexpected content after the JSON document" + location(p));
            }
            if (trailing != null) {
                throw new JsonInputException(ViolationCode.MALFORMED_JSON, "",
                        "unexpected content after the JSON document" + location(p));
            }
            return root;
        } catch (StreamConstraintsException e) {
            // The parser still knows where it was: the path of the value (or object) that broke the limit.
            throw new JsonInputException(ViolationCode.LIMIT_EXCEEDED, pointer(p), limitMessage(e, limits));
        } catch (JsonProcessingException e) {
            throw new JsonInputException(ViolationCode.MALFORMED_JSON, pointer(p),
                    "malformed JSON: " + clean(e.getOriginalMessage()) + location(e));
        } catch (IOException e) {
            throw new JsonInputException(ViolationCode.MALFORMED_JSON, pointer(p), "malformed JSON: " + clean(e.getMessage()));
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // a parser over a byte array holds nothing to release
                }
            }
        }
    }

    private static String pointer(JsonParser p) {
        return p == null ? "" : p.getParsingContext().pathAsPointer().toString();
    }

    /**
     * Our own words for a limit Jackson enforces while parsing (its message names its own configuration
     * methods). Jackson checks a growing string as its buffer fills, so the length it saw is a lower bound.
     */
    private static String limitMessage(StreamConstraintsException e, JsonLimits limits) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        long seen = firstNumber(m);
        if (m.startsWith("String value length")) {
            return over("string", seen, true, limits.maxStringLength(), "characters");
        }
        if (m.startsWith("Name length")) {
            return over("member name", seen, true, limits.maxStringLength(), "characters");
        }
        if (m.startsWith("Number value length")) {
            return over("number literal", seen, false, limits.maxNumberLength(), "characters");
        }
        if (m.startsWith("Document nesting depth")) {
            return "nesting depth of arrays and objects is over the limit of " + limits.maxDepth();
        }
        if (m.startsWith("Document length")) {
            return over("document", seen, true, limits.maxDocumentBytes(), "bytes");
        }
        return "over a JSON limit: " + clean(m);
    }

    /** "string of 70000+ characters is over the limit of 65536 characters" ({@code seen} -1: unknown). */
    private static String over(String what, long seen, boolean lowerBound, int limit, String unit) {
        return what + (seen < 0 ? "" : " of " + seen + (lowerBound ? "+ " : " ") + unit) + " is over the limit of "
                + limit + " " + unit;
    }

    /** The first decimal number in parentheses in {@code s} ("length (70000) exceeds ..."), or -1. */
    private static long firstNumber(String s) {
        int open = s.indexOf('(');
        if (open < 0) {
            return -1;
        }
        long n = 0;
        int i = open + 1;
        for (; i < s.length() && i < open + 19 && Character.isDigit(s.charAt(i)); i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return i == open + 1 ? -1 : n;
    }

    /**
     * The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629, Table 3-7 of the
     * Unicode Standard), or -1 when all of {@code b} is well formed. Overlong forms, encoded surrogates
     * (ED A0..BF), code points above U+10FFFF, the bytes C0, C1 and F5..FF, stray continuation bytes
     * and truncated sequences are all rejected: Jackson decodes some of them (C0 AF as "/"), which would
     * let two different byte strings carry one signed document.
     *
     * <p>Runs on every document parsed, so ASCII is skipped eight bytes at a time and only multi-byte
     * sequences are decoded.
     */
    static int invalidUtf8(byte[] b) {
        int n = b.length;
        int i = 0;
        java.nio.ByteBuffer longs = java.nio.ByteBuffer.wrap(b);
        while (i < n) {
            while (i + 16 <= n && ((longs.getLong(i) | longs.getLong(i + 8)) & HIGH_BITS) == 0) {
                i += 16;
            }
            if (i + 8 <= n && (longs.getLong(i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i == n) {
                break;
            }
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                len = 2;
            } else if (c >= 0xe0 && c <= 0xef) {
                len = 3;
                if (c == 0xe0) {
                    lo = 0xa0; // below: overlong
                } else if (c == 0xed) {
                    hi = 0x9f; // above: a surrogate
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                len = 4;
                if (c == 0xf0) {
                    lo = 0x90; // below: overlong
                } else if (c == 0xf4) {
                    hi = 0x8f; // above: beyond U+10FFFF
                }
            } else {
                return i; // a continuation byte without a lead, C0, C1 or F5..FF
            }
            if (i + len > n) {
                return i;
            }
            int second = b[i + 1] & 0xff;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k < len; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return -1;
    }

    /** Why the sequence at {@code at} (as found by {@link #invalidUtf8}) is not UTF-8; only for the message. */
    private static String utf8Problem(byte[] b, int at) {
        int c = b[at] & 0xff;
        String hex = String.format("0x%02X", c);
        if (c >= 0x80 && c <= 0xbf) {
            return "continuation byte " + hex + " without a lead byte";
        }
        if (c == 0xc0 || c == 0xc1) {
            return "byte " + hex + " starts an overlong encoding of an ASCII character";
        }
        if (c >= 0xf5) {
            return "byte " + hex + " never appears in UTF-8";
        }
        int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        for (int k = 1; k < len; k++) {
            if (at + k >= b.length || (b[at + k] & 0xc0) != 0x80) {
                return "sequence starting with " + hex + " is truncated";
            }
        }
        int second = b[at + 1] & 0xff;
        if (c == 0xe0 || c == 0xf0) {
            return "overlong encoding starting with " + hex + String.format(" 0x%02X", second);
        }
        if (c == 0xed) {
            return "encoded UTF-16 surrogate (" + hex + String.format(" 0x%02X", second) + "), which UTF-8 forbids";
        }
        return "code point above U+10FFFF (" + hex + String.format(" 0x%02X", second) + ")";
    }

    /**
     * Whether {@code literal} is exactly the value RFC 8785 writes for its nearest double {@code d}
     * (finite): the one number value per double that a signature over the canonical form fixes.
     */
    public static boolean exactDouble(BigDecimal literal, double d) {
        if (literal.precision() <= 15 && Math.abs(d) >= Double.MIN_NORMAL) {
            return true; // at most 15 significant digits round-trip through a normal double (DBL_DIG)
        }
        return d == 0 ? literal.signum() == 0 : new BigDecimal(EcmaNumbers.format(d)).compareTo(literal) == 0;
    }

    private static JsonFactory factory(JsonLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    private static String location(JsonParser p) {
        var loc = p.currentLocation();
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static String location(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /**
     * Jackson's message without what a user cannot act on: hints at its configuration switches
     * ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow") and its source descriptions
     * ("[Source: REDACTED ...; line: 1, column: 7]", kept as "line 1, column 7").
     */
    static String clean(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String m = message.replace('\n', ' ');
        for (String hint : JACKSON_HINTS) {
            int at = m.indexOf(hint);
            if (at >= 0) {
                m = m.substring(0, at);
            }
        }
        int source;
        while ((source = m.indexOf("[Source: ")) >= 0) {
            int end = m.indexOf(']', source);
            if (end < 0) {
                m = m.substring(0, source);
                break;
            }
            int line = m.indexOf("line: ", source);
            String where = line >= 0 && line < end ? m.substring(line, end).replace(": ", " ") : "";
            m = m.substring(0, source) + where + m.substring(end + 1);
        }
        int tick = m.indexOf('`'); // any configuration name left
        return (tick >= 0 ? m.substring(0, tick) : m).strip();
    }

    /** Where Jackson's advice about its own settings starts; the message is cut there. */
    private static final String[] JACKSON_HINTS = {": enable `", "; enable `", " (by setting", "; use ",
            " (not recognized as one since Feature", " from `"};

    /** Builds the tree token by token so that sizes, strings and numbers are checked as they arrive. */
    private static final class TreeBuilder {
        private final JsonParser p;
        private final JsonLimits limits;

        TreeBuilder(JsonParser p, JsonLimits limits) {
            this.p = p;
            this.limits = limits;
        }

        /** The JSON Pointer of the value being read, from the parser: paths are built only for errors. */
        private String path() {
            return p.getParsingContext().pathAsPointer().toString();
        }

        /**
         * The value starting at token {@code t}. Arrays and objects are built with an explicit stack of
         * open containers, not by recursion, so that depth costs heap (bounded by the depth limit) rather
         * than thread stack.
         */
        JsonNode value(JsonToken t) throws IOException, JsonInputException {
            if (t == null) {
                throw new JsonInputException(ViolationCode.MALFORMED_JSON, path(), "document ends early");
            }
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return scalar(t);
            }
            ContainerNode<?> root = container(t);
            ContainerNode<?>[] open = new ContainerNode<?>[16];
            int[] counts = new int[16];
            open[0] = root;
            int depth = 1;
            while (depth > 0) {
                ContainerNode<?> top = open[depth - 1];
                JsonToken next = p.nextToken();
                JsonNode child;
                if (top instanceof ObjectNode object) {
                    if (next == JsonToken.END_OBJECT) {
                        depth--;
                        continue;
                    }
                    if (next != JsonToken.FIELD_NAME) {
                        throw new JsonInputException(ViolationCode.MALFORMED_JSON, path(), "unterminated object" + location(p));
                    }
                    String name = checkedString(p.currentName());
                    if (++counts[depth - 1] > limits.maxObjectMembers()) {
                        throw new JsonInputException(ViolationCode.LIMIT_EXCEEDED, path(),
                                "object has more than " + limits.maxObjectMembers() + " members");
                    }
                    // The tree's own map finds duplicates: cheaper than the parser's separate name set.
                    if (object.get(name) != null) {
                        String parent = p.getParsingContext().getParent() == null ? ""
                                : p.getParsingContext().getParent().pathAsPointer().toString();
                        throw new JsonInputException(ViolationCode.DUPLICATE_KEY, Pointer.member(parent, name),
                                "member \"" + name + "\" appears twice in the same object" + location(p));
                    }
                    JsonToken v = p.nextToken();
                    if (v == null) {
                        throw new JsonInputException(ViolationCode.MALFORMED_JSON, path(), "document ends early");
                    }
                    child = v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY ? container(v) : scalar(v);
                    object.set(name, child);
                } else {
                    if (next == JsonToken.END_ARRAY) {
                        depth--;
                        continue;
                    }
                    if (next == null) {
                        throw new JsonInputException(ViolationCode.MALFORMED_JSON, path(), "unterminated array");
                    }
                    if (counts[depth - 1] >= limits.maxArrayLength()) {
                        throw new JsonInputException(ViolationCode.LIMIT_EXCEEDED, path(),
                                "array has more than " + limits.maxArrayLength() + " elements");
                    }
                    counts[depth - 1]++;
                    child = next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY ? container(next) : scalar(next);
                    ((ArrayNode) top).add(child);
                }
                if (child instanceof ContainerNode<?> c) {
                    if (depth == open.length) { // the parser enforces the depth limit; this only grows to it
                        open = java.util.Arrays.copyOf(open, depth * 2);
                        counts = java.util.Arrays.copyOf(counts, depth * 2);
                    }
                    open[depth] = c;
                    counts[depth] = 0;
                    depth++;
                }
            }
            return root;
        }

        private static ContainerNode<?> container(JsonToken t) {
            return t == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        }

        /** A string, number, boolean or null. */
        private JsonNode scalar(JsonToken t) throws IOException, JsonInputException {
            switch (t) {
                case VALUE_STRING:
                    return NODES.textNode(checkedString(p.getText()));
                case VALUE_NUMBER_INT:
                    switch (p.getNumberType()) {
                        case INT:
                            return NODES.numberNode(p.getIntValue()); // |n| < 2^31: always an exact double
                        case LONG: {
                            long v = p.getLongValue();
                            if (v < -TWO_53 || v > TWO_53) {
                                exact(BigDecimal.valueOf(v), (double) v);
                            }
                            return NODES.numberNode(v);
                        }
                        default: {
                            BigInteger v = p.getBigIntegerValue();
                            exact(new BigDecimal(v), v.doubleValue());
                            return NODES.numberNode(v);
                        }
                    }
                case VALUE_NUMBER_FLOAT: {
                    // DecimalNode directly: the exact value, trailing zeros kept (4.50 stays 4.50).
                    BigDecimal v = p.getDecimalValue();
                    exact(v, v.doubleValue());
                    return DecimalNode.valueOf(v);
                }
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new JsonInputException(ViolationCode.MALFORMED_JSON, path(),
                            "unexpected " + t + location(p));
            }
        }

        /**
         * Accepts a number only when its exact value is the value of the double that RFC 8785 writes for
         * it (ECMAScript's shortest digits): signatures cover the canonical form, so a literal no double
         * holds (2^60 + 1, 1e-400, 0.1000000000000000055511) would let other literals carry the same
         * signature. I-JSON (RFC 7493 section 2.2) asks for this exactness. The callers skip integers
         * within ±2^53, which are always exact; at most 15 significant digits in the normal range
         * round-trip through a double too (DBL_DIG), so only longer or extreme numbers pay for the
         * exact formatting.
         */
        private void exact(BigDecimal literal, double d) throws IOException, JsonInputException {
            if (Double.isInfinite(d)) {
                throw new JsonInputException(ViolationCode.LIMIT_EXCEEDED, path(), "number " + p.getText()
                        + " is too large for an IEEE-754 double (I-JSON, RFC 7493)");
            }
            if (!exactDouble(literal, d)) {
                throw new JsonInputException(ViolationCode.LIMIT_EXCEEDED, path(), "number " + p.getText()
                        + " cannot be represented exactly as an IEEE-754 double" + (d == 0 ? " (it would become 0)"
                        : " (the nearest is " + EcmaNumbers.format(d) + ")")
                        + ", so its signed canonical form would not fix its value (I-JSON, RFC 7493 section 2.2)");
            }
        }

        private String checkedString(String s) throws JsonInputException {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        continue;
                    }
                    throw new JsonInputException(ViolationCode.MALFORMED_JSON, path(), String.format(
                            "string holds a lone surrogate \\u%04x, which I-JSON (RFC 7493) forbids", (int) c));
                }
            }
            return s;
        }
    }
}
