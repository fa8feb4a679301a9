package org.selvedge.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.selvedge.api.records.Artisan;
import org.selvedge.api.records.Benchmark;
import org.selvedge.api.records.Claim;
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.GenderPay;
import org.selvedge.api.records.Governance;
import org.selvedge.api.records.Headcount;
import org.selvedge.api.records.Pay;
import org.selvedge.api.records.Period;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.Product;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.records.WageEvidence;

/**
 * Writes a {@link ProductProvenance} in the wire format, members in the order of the design
 * document, absent parts omitted, amounts as decimal strings exactly as held (scale kept, so
 * {@code "95.00"} stays {@code "95.00"}). Written by hand: no reflection, so no surprise fields.
 */
public final class RecordWriter {
    private RecordWriter() {}

    /** Writes {@code r} as one JSON object. */
    public static void write(ProductProvenance r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", ProductProvenance.TYPE);
        str(g, "id", r.id());
        if (r.product() != null) {
            g.writeFieldName("product");
            product(r.product(), g);
        }
        g.writeArrayFieldStart("producers");
        for (Producer p : r.producers()) {
            producer(p, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("wageEvidence");
        for (WageEvidence e : r.wageEvidence()) {
            evidence(e, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("benchmarks");
        for (Benchmark b : r.benchmarks()) {
            benchmark(b, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("claims");
        for (Claim c : r.claims()) {
            claim(c, g);
        }
        g.writeEndArray();
        if (r.extensions() != null) {
            g.writeFieldName("extensions");
            value(r.extensions(), g);
        }
        g.writeEndObject();
    }

    private static void product(Product p, JsonGenerator g) throws IOException {
        g.writeStartObject();
        str(g, "name", p.name());
        str(g, "sku", p.sku());
        str(g, "category", p.category());
        str(g, "originCountry", p.originCountry());
        str(g, "description", p.description());
        g.writeEndObject();
    }

    private static void producer(Producer p, JsonGenerator g) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        if (p instanceof Cooperative c) {
            g.writeStringField("type", "Cooperative");
            str(g, "id", c.id());
            str(g, "name", c.name());
            str(g, "country", c.country());
            str(g, "region", c.region());
            if (c.foundedYear() != null) {
                g.writeNumberField("foundedYear", c.foundedYear());
            }
            headcount(g, "members", c.members());
            if (c.ownership() != null) {
                g.writeObjectFieldStart("ownership");
                dec(g, "womenShare", c.ownership().womenShare());
                g.writeEndObject();
            }
            governance(g, c.governance());
            dec(g, "revenueShare", c.revenueShare());
        } else if (p instanceof Artisan a) {
            g.writeStringField("type", "Artisan");
            str(g, "id", a.id());
            str(g, "name", a.name());
            str(g, "country", a.country());
            str(g, "region", a.region());
            if (a.gender() != null) {
                g.writeStringField("gender", a.gender().wireName());
            }
            str(g, "craft", a.craft());
            dec(g, "revenueShare", a.revenueShare());
        }
        g.writeEndObject();
    }

    private static void governance(JsonGenerator g, Governance gov) throws IOException {
        if (gov == null) {
            return;
        }
        g.writeObjectFieldStart("governance");
        headcount(g, "board", gov.board());
        headcount(g, "management", gov.management());
        if (gov.legalSignatory() != null) {
            g.writeObjectFieldStart("legalSignatory");
            if (gov.legalSignatory().gender() != null) {
                g.writeStringField("gender", gov.legalSignatory().gender().wireName());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void headcount(JsonGenerator g, String name, Headcount h) throws IOException {
        if (h == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        if (h.total() != null) {
            g.writeNumberField("total", h.total());
        }
        if (h.women() != null) {
            g.writeNumberField("women", h.women());
        }
        g.writeEndObject();
    }

    private static void evidence(WageEvidence e, JsonGenerator g) throws IOException {
        if (e == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        str(g, "producer", e.producer());
        str(g, "workerGroup", e.workerGroup());
        headcount(g, "workers", e.workers());
        Period p = e.period();
        if (p != null) {
            g.writeObjectFieldStart("period");
            if (p.from() != null) {
                g.writeStringField("from", p.from().toString());
            }
            if (p.to() != null) {
                g.writeStringField("to", p.to().toString());
            }
            g.writeEndObject();
        }
        str(g, "currency", e.currency());
        pay(g, e.pay());
        GenderPay gp = e.genderPay();
        if (gp != null) {
            g.writeObjectFieldStart("genderPay");
            dec(g, "womenHourly", gp.womenHourly());
            dec(g, "menHourly", gp.menHourly());
            g.writeEndObject();
        }
        str(g, "source", e.source());
        g.writeEndObject();
    }

    private static void pay(JsonGenerator g, Pay pay) throws IOException {
        if (pay == null) {
            return;
        }
        g.writeObjectFieldStart("pay");
        g.writeStringField("basis", pay.basis().name());
        dec(g, "amount", pay.amount());
        if (pay instanceof Pay.Daily d) {
            dec(g, "hoursPerDay", d.hoursPerDay());
        } else if (pay instanceof Pay.Weekly w) {
            dec(g, "hoursPerWeek", w.hoursPerWeek());
        } else if (pay instanceof Pay.Monthly m) {
            dec(g, "hoursPerMonth", m.hoursPerMonth());
        } else if (pay instanceof Pay.Piece pc) {
            dec(g, "minutesPerUnit", pc.minutesPerUnit());
            dec(g, "materialCostPerUnit", pc.materialCostPerUnit());
        }
        g.writeEndObject();
    }

    private static void benchmark(Benchmark b, JsonGenerator g) throws IOException {
        if (b == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        if (b.kind() != null) {
            g.writeStringField("kind", b.kind().name());
        }
        str(g, "region", b.region());
        if (b.year() != null) {
            g.writeNumberField("year", b.year());
        }
        str(g, "currency", b.currency());
        pay(g, b.pay());
        str(g, "source", b.source());
        g.writeEndObject();
    }

    private static void claim(Claim c, JsonGenerator g) throws IOException {
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        if (c.topic() != null) {
            g.writeStringField("topic", c.topic().name());
        }
        str(g, "producer", c.producer());
        if (c.basis() != null) {
            g.writeStringField("basis", c.basis().name());
        }
        g.writeEndObject();
    }

    private static void value(Object v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object x : l) {
                value(x, g);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else {
            throw new IllegalStateException("not a JSON value: " + v.getClass().getName());
        }
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
