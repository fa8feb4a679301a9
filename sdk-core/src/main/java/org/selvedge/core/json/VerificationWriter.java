package org.selvedge.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.selvedge.api.verification.Attestation;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.ProofResult;
import org.selvedge.api.verification.VerificationResult;

/**
 * Writes a {@link VerificationResult} as JSON: {@code valid}, {@code format}, {@code issuer},
 * validity dates, {@code issues} ({@code code}, {@code path}, {@code message}), the proofs, who
 * attests each claim, and the claim report.
 */
public final class VerificationWriter {
    private VerificationWriter() {}

    /** Writes the members of {@code r} into the object being written (the caller opens and closes it). */
    public static void fields(VerificationResult r, JsonGenerator g) throws IOException {
        g.writeBooleanField("valid", r.valid());
        g.writeStringField("format", r.format());
        if (r.issuer() != null) {
            g.writeStringField("issuer", r.issuer());
        }
        if (r.validFrom() != null) {
            g.writeStringField("validFrom", r.validFrom().toString());
        }
        if (r.validUntil() != null) {
            g.writeStringField("validUntil", r.validUntil().toString());
        }
        g.writeFieldName("issues");
        issues(r, g);
        g.writeArrayFieldStart("proofs");
        for (ProofResult p : r.proofs()) {
            g.writeStartObject();
            g.writeStringField("path", p.path());
            g.writeBooleanField("valid", p.valid());
            if (p.cryptosuite() != null) {
                g.writeStringField("cryptosuite", p.cryptosuite());
            }
            if (p.signer() != null) {
                g.writeStringField("signer", p.signer());
            }
            if (p.signerName() != null) {
                g.writeStringField("signerName", p.signerName());
            }
            g.writeArrayFieldStart("roles");
            for (String role : p.roles().stream().sorted().toList()) {
                g.writeString(role);
            }
            g.writeEndArray();
            if (p.created() != null) {
                g.writeStringField("created", p.created().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("attestations");
        for (Attestation a : r.attestations()) {
            g.writeStartObject();
            g.writeNumberField("claim", a.claimIndex());
            g.writeStringField("topic", a.claim().topic().name());
            g.writeBooleanField("selfDeclared", a.selfDeclared());
            g.writeArrayFieldStart("attestedBy");
            for (Attestation.Attester who : a.attesters()) {
                g.writeStartObject();
                g.writeStringField("did", who.did());
                g.writeStringField("name", who.name());
                g.writeArrayFieldStart("roles");
                for (String role : who.roles().stream().sorted().toList()) {
                    g.writeString(role);
                }
                g.writeEndArray();
                g.writeBooleanField("issuer", who.issuer());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.claims() != null) {
            g.writeFieldName("claims");
            ReportWriter.write(r.claims(), g);
        }
    }

    /** Writes the issues as an array of {code, path, message}. */
    public static void issues(VerificationResult r, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (Issue i : r.issues()) {
            g.writeStartObject();
            g.writeStringField("code", i.code().name());
            g.writeStringField("path", i.path());
            g.writeStringField("message", i.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
