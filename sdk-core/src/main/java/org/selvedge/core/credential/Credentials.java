package org.selvedge.core.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Building and taking apart Verifiable Credential 2.0 documents. */
public final class Credentials {
    /** The base context every VC 2.0 credential starts with. */
    public static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The vocabulary of Selvedge's own terms. */
    public static final String PROVENANCE_VOCAB = "https://w3id.org/selvedge/provenance/v1#";
    /**
     * The context that maps Selvedge's terms to {@link #PROVENANCE_VOCAB}, by URL as the design's signed
     * form shows. An embedded context object was used before 0.1.0: it is valid JSON-LD, but common
     * verifiers compare context entries by identity and reject any object entry, so credentials carry
     * the URL. Its document, for JSON-LD document loaders, is {@code {"@context": {"@vocab":
     * "https://w3id.org/selvedge/provenance/v1#"}}} (see the README). Credentials with the old embedded
     * object still verify: the verifier only requires the VC 2.0 context first.
     */
    public static final String PROVENANCE_CONTEXT = "https://w3id.org/selvedge/provenance/v1";
    /** The credential type of a signed provenance record. */
    public static final String PROVENANCE_TYPE = "ProvenanceCredential";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Credentials() {}

    /** The {@code @context} of a provenance credential: VC 2.0, then Selvedge's context. */
    public static ArrayNode provenanceContext() {
        return NODES.arrayNode().add(VC_V2_CONTEXT).add(PROVENANCE_CONTEXT);
    }

    /** A credential around {@code subject}: context, types, issuer, validity, subject; no proof. */
    public static ObjectNode credential(ArrayNode context, ArrayNode types, String issuer, Instant validFrom,
            Instant validUntil, JsonNode subject) {
        ObjectNode vc = NODES.objectNode();
        vc.set("@context", context);
        vc.set("type", types);
        vc.put("issuer", issuer);
        vc.put("validFrom", timestamp(validFrom));
        if (validUntil != null) {
            vc.put("validUntil", timestamp(validUntil));
        }
        vc.set("credentialSubject", subject);
        return vc;
    }

    /** The type array of a provenance credential. */
    public static ArrayNode provenanceTypes() {
        return NODES.arrayNode().add("VerifiableCredential").add(PROVENANCE_TYPE);
    }

    /** An XML Schema dateTimeStamp in UTC to the second, as W3C examples write them: {@code 2026-11-22T10:00:00Z}. */
    public static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Parses a dateTimeStamp (a time zone is required); {@code null} when it is not one. */
    public static Instant parseTimestamp(String s) {
        if (s.length() == 20 && s.charAt(19) == 'Z') {
            // The form signers write (2026-11-22T10:00:00Z), read without the formatter, which costs more
            // than the rest of a credential's dates; the property test holds it to the formatter's verdicts.
            Instant fast = utcSeconds(s);
            if (fast != null) {
                return fast;
            }
        }
        return parseTimestampWithFormatter(s);
    }

    /** The general parser (ISO 8601 with an offset), against which the fast path is tested. */
    static Instant parseTimestampWithFormatter(String s) {
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} exactly, or {@code null} (then the formatter decides). */
    private static Instant utcSeconds(String s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return java.time.LocalDateTime.of(year, month, day, hour, minute, second).toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null; // 2026-02-30, 25:00...: the formatter refuses them too
        }
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The issuer's id: the {@code issuer} string, or the {@code id} of an issuer object; {@code null} otherwise. */
    public static String issuerId(JsonNode vc) {
        JsonNode issuer = vc.get("issuer");
        if (issuer == null) {
            return null;
        }
        if (issuer.isTextual()) {
            return issuer.textValue();
        }
        JsonNode id = issuer.isObject() ? issuer.get("id") : null;
        return id != null && id.isTextual() ? id.textValue() : null;
    }

    /** The UNTP credential types Selvedge exports and verifies (their subjects are not provenance records). */
    public static final java.util.Set<String> UNTP_TYPES = java.util.Set.of("DigitalProductPassport",
            "DigitalConformityCredential");

    /** Whether a {@code type} value names a UNTP credential Selvedge understands. */
    public static boolean isUntp(JsonNode types) {
        if (types == null) {
            return false;
        }
        for (JsonNode t : types.isArray() ? types : JsonNodeFactory.instance.arrayNode().add(types)) {
            if (t.isTextual() && UNTP_TYPES.contains(t.textValue())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code type} member (a string or an array) includes {@code type}. */
    public static boolean hasType(JsonNode node, String type) {
        JsonNode t = node.get("type");
        if (t == null) {
            return false;
        }
        if (t.isTextual()) {
            return t.textValue().equals(type);
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.isTextual() && x.textValue().equals(type)) {
                    return true;
                }
            }
        }
        return false;
    }
}
