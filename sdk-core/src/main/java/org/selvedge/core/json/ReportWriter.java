package org.selvedge.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ClaimResult;
import org.selvedge.api.claims.EvidenceFigures;
import org.selvedge.api.claims.OwnershipFigures;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.WageFigures;

/**
 * Writes a {@link ClaimReport} as JSON: {@code valid}, {@code recordViolations} and, per claim, its
 * topic, producer, status, violations ({@code code}, {@code path}, {@code message}) and figures as
 * decimal strings.
 */
public final class ReportWriter {
    private ReportWriter() {}

    public static void write(ClaimReport report, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("valid", report.valid());
        g.writeFieldName("recordViolations");
        violations(report.recordViolations(), g);
        g.writeArrayFieldStart("claims");
        for (ClaimResult c : report.claims()) {
            claim(c, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void claim(ClaimResult c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", c.index());
        g.writeStringField("topic", c.claim().topic().name());
        if (c.claim().producer() != null) {
            g.writeStringField("producer", c.claim().producer());
        }
        if (c.claim().basis() != null) {
            g.writeStringField("basis", c.claim().basis().name());
        }
        g.writeStringField("status", c.status().name());
        g.writeFieldName("violations");
        violations(c.violations(), g);
        if (c.figures() instanceof WageFigures w) {
            dec(g, "effectiveHourly", w.effectiveHourly());
            dec(g, "benchmarkHourly", w.benchmarkHourly());
            str(g, "currency", w.currency());
            dec(g, "payGap", w.payGap());
            g.writeArrayFieldStart("evidence");
            for (EvidenceFigures e : w.evidence()) {
                g.writeStartObject();
                g.writeStringField("path", e.path());
                str(g, "currency", e.currency());
                dec(g, "effectiveHourly", e.effectiveHourly());
                dec(g, "legalMinimumHourly", e.legalMinimumHourly());
                dec(g, "livingWageHourly", e.livingWageHourly());
                dec(g, "payGap", e.payGap());
                g.writeEndObject();
            }
            g.writeEndArray();
        } else if (c.figures() instanceof OwnershipFigures o) {
            dec(g, "womenOwnershipShare", o.womenOwnershipShare());
            dec(g, "womenManagementShare", o.womenManagementShare());
            dec(g, "womenBoardShare", o.womenBoardShare());
        }
        g.writeEndObject();
    }

    /** Writes violations as an array of {code, path, message}. */
    public static void violations(List<Violation> violations, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (Violation v : violations) {
            g.writeStartObject();
            g.writeStringField("code", v.code().name());
            g.writeStringField("path", v.path());
            g.writeStringField("message", v.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void str(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void dec(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toPlainString());
        }
    }
}
