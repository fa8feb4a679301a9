package org.selvedge.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.credential.Credentials;
import org.selvedge.core.json.JsonInputException;
import org.selvedge.core.json.JsonOutput;
import org.selvedge.core.json.RecordReader;
import org.selvedge.core.json.RecordWriter;
import org.selvedge.core.json.ReportWriter;
import org.selvedge.core.json.StrictJson;

/**
 * The Selvedge entry point: read provenance records, check their claims, write them back.
 *
 * <pre>{@code
 * ClaimReport report = Selvedge.check(Files.readAllBytes(Path.of("necklace.json")));
 * for (ClaimResult claim : report.claims()) {
 *     System.out.println(claim.claim().topic() + " " + claim.status());
 * }
 * }</pre>
 *
 * <p>For a non-default pay-gap tolerance or JSON limits use a {@link ClaimChecker}; to sign, a
 * {@link Signer} from {@link #signer}; to verify, a {@link Verifier} from {@link #verifier}.
 */
public final class Selvedge {
    /**
     * The JSON-LD context that signed provenance credentials name after the VC 2.0 context. The
     * cryptosuites (JCS) never load it; a verifier that expands credentials as JSON-LD maps this URL
     * to {@link #PROVENANCE_CONTEXT_DOCUMENT} in its document loader, as it would any custom context.
     */
    public static final String PROVENANCE_CONTEXT = Credentials.PROVENANCE_CONTEXT;

    /** The document of {@link #PROVENANCE_CONTEXT}: Selvedge's terms under its own vocabulary. */
    public static final String PROVENANCE_CONTEXT_DOCUMENT = "{\"@context\":{\"@version\":1.1,\"@vocab\":\""
            + Credentials.PROVENANCE_VOCAB + "\"}}";

    private Selvedge() {}

    /** Reads and checks a record with the defaults; bad input gives an invalid report, never an exception. */
    public static ClaimReport check(byte[] json) {
        return ClaimChecker.DEFAULT.check(json);
    }

    /** Reads and checks a record given as JSON text. */
    public static ClaimReport check(String json) {
        return check(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Checks a record built in Java. */
    public static ClaimReport check(ProductProvenance record) {
        return ClaimChecker.DEFAULT.check(record);
    }

    /** The default claim checker, to configure with its {@code with...} methods. */
    public static ClaimChecker checker() {
        return ClaimChecker.DEFAULT;
    }

    /** A signer for this identity (see {@link Signer} for its options). */
    public static Signer signer(SigningIdentity identity) {
        return Signer.of(identity);
    }

    /** A verifier for this trust policy (see {@link Verifier} for its options); the policy is required. */
    public static Verifier verifier(org.selvedge.core.trust.TrustPolicy policy) {
        return Verifier.of(policy);
    }

    /**
     * Reads a record from JSON: the binding alone. A field that is unknown, of the wrong JSON type or
     * unparseable (a date, an amount), or a missing list, is an error here; whether the values obey the
     * record's constraints (required fields present, URIs, codes, counts, women ≤ total...) is judged
     * by {@link #check}, which reports every such problem with its path rather than the first.
     *
     * @throws RecordFormatException when the JSON is malformed or a field cannot be bound
     */
    public static ProductProvenance readRecord(byte[] json) throws RecordFormatException {
        return readRecord(json, JsonLimits.DEFAULT);
    }

    /** Reads a record from JSON under the given limits. */
    public static ProductProvenance readRecord(byte[] json, JsonLimits limits) throws RecordFormatException {
        try {
            RecordReader.Result read = RecordReader.read(StrictJson.parse(json, limits), "");
            if (!read.problems().isEmpty() || read.record() == null) {
                throw new RecordFormatException(read.problems());
            }
            return read.record();
        } catch (JsonInputException e) {
            List<Violation> problems = new ArrayList<>();
            problems.add(new Violation(e.code(), e.path(), e.getMessage()));
            throw new RecordFormatException(problems);
        }
    }

    /** The record in the wire format, indented. */
    public static String toJson(ProductProvenance record) {
        return JsonOutput.pretty(g -> RecordWriter.write(record, g));
    }

    /** A verification result as JSON: validity, issues with codes and paths, proofs, attestations, claims. */
    public static String toJson(org.selvedge.api.verification.VerificationResult result) {
        return JsonOutput.pretty(g -> {
            g.writeStartObject();
            org.selvedge.core.json.VerificationWriter.fields(result, g);
            g.writeEndObject();
        });
    }

    /** The report as JSON: {@code valid}, record violations, and per claim status, violations, figures. */
    public static String toJson(ClaimReport report) {
        return JsonOutput.pretty(g -> ReportWriter.write(report, g));
    }
}
