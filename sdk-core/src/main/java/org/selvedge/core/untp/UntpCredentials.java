package org.selvedge.core.untp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ClaimResult;
import org.selvedge.api.claims.OwnershipFigures;
import org.selvedge.api.claims.WageFigures;
import org.selvedge.api.records.BenchmarkKind;
import org.selvedge.api.records.Claim;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.credential.Credentials;

/**
 * Builds unsigned UNTP 0.6.0 credentials from a checked record: a Digital Product Passport (the
 * product, its producing party and every claim as a {@code conformityClaim}) and a Digital
 * Conformity Credential (an auditor's attestation with one {@code assessment} per claim). Topics:
 * {@code social.labour} for fair wage, {@code social.rights} for women-owned and women-led.
 */
public final class UntpCredentials {
    public static final String DPP_CONTEXT = "https://test.uncefact.org/vocabulary/untp/dpp/0.6.0/";
    public static final String DCC_CONTEXT = "https://test.uncefact.org/vocabulary/untp/dcc/0.6.0/";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private UntpCredentials() {}

    /** An unsigned Digital Product Passport issued by {@code issuerDid} (named {@code issuerName}). */
    public static ObjectNode productPassport(ClaimReport report, String issuerDid, String issuerName, Instant validFrom) {
        ProductProvenance r = report.record();
        ObjectNode vc = envelope("DigitalProductPassport", DPP_CONTEXT, id(r, "dpp"), issuerDid, issuerName, validFrom);
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.set("type", types("ProductPassport"));
        subject.put("id", r.id());
        subject.set("product", product(r));
        subject.put("granularityLevel", "model");
        ArrayNode claims = subject.putArray("conformityClaim");
        for (ClaimResult c : report.claims()) {
            ObjectNode claim = claims.addObject();
            claim.set("type", types("Claim", "Declaration"));
            claim.put("id", r.id() + "#claim-" + c.index());
            assessed(claim, r, c, validFrom);
        }
        return vc;
    }

    /**
     * An unsigned Digital Conformity Credential in which {@code auditorDid} attests the assessed claims of
     * the record it verified ({@code assessed} is the verified credential's issuer, the producer).
     */
    public static ObjectNode conformityCredential(ClaimReport report, String auditorDid, String auditorName, Instant validFrom,
            String assessedCredentialIssuer) {
        ProductProvenance r = report.record();
        ObjectNode vc = envelope("DigitalConformityCredential", DCC_CONTEXT, id(r, "dcc:" + auditorDid), auditorDid, auditorName,
                validFrom);
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.set("type", types("ConformityAttestation", "Attestation"));
        subject.put("id", id(r, "attestation:" + auditorDid));
        subject.put("name", "Social conformity attestation: " + r.product().name());
        subject.put("assessorLevel", "3rdParty");
        subject.put("assessmentLevel", "Verified");
        subject.put("attestationType", "verification");
        subject.put("description", "Independent verification of the fair-wage and women's-leadership claims of a signed"
                + " Selvedge provenance credential issued by " + assessedCredentialIssuer);
        Producer lead = r.producers().get(0);
        subject.set("issuedToParty", party(lead.id(), lead.name()));
        ObjectNode scope = subject.putObject("scope");
        scope.set("type", types("ConformityAssessmentScheme", "Standard"));
        scope.put("id", Credentials.PROVENANCE_VOCAB + "assessment-scheme");
        scope.put("name", "Selvedge provenance claim assessment (record format v1)");
        scope.set("issuingParty", selvedge());
        ArrayNode assessments = subject.putArray("assessment");
        for (ClaimResult c : report.claims()) {
            ObjectNode a = assessments.addObject();
            a.set("type", types("ConformityAssessment", "Declaration"));
            a.put("id", r.id() + "#assessment-" + c.index());
            a.put("name", title(c.claim()));
            assessed(a, r, c, validFrom);
            ObjectNode pv = a.putArray("assessedProduct").addObject();
            pv.set("type", types("ProductVerification"));
            ObjectNode p = pv.putObject("product");
            p.put("id", r.id());
            p.put("name", r.product().name());
            if (r.product().sku() != null) {
                p.put("registeredId", r.product().sku());
            }
            pv.put("IDverifiedByCAB", false);
            Producer producer = r.producer(c.claim().producer());
            if (producer != null) {
                a.set("assessedOrganisation", party(producer.id(), producer.name()));
            }
            a.set("auditor", party(auditorDid, auditorName));
        }
        return vc;
    }

    /** The parts a passport claim and an attestation's assessment share. */
    private static void assessed(ObjectNode node, ProductProvenance r, ClaimResult c, Instant when) {
        Claim claim = c.claim();
        Producer producer = r.producer(claim.producer());
        String who = producer == null ? claim.producer() : producer.name();
        node.put("description", title(claim) + " for " + who + (c.satisfied() ? ": satisfied" : ": violated ("
                + c.violations().stream().map(v -> v.code().name()).distinct().reduce((a, b) -> a + ", " + b).orElse("") + ")"));
        node.put("conformityTopic", claim.topic() == ClaimTopic.FAIR_WAGE ? "social.labour" : "social.rights");
        node.put("conformance", c.satisfied());
        node.put("assessmentDate", Credentials.timestamp(when).substring(0, 10));
        node.set("referenceStandard", standard(claim));
        ArrayNode values = F.arrayNode();
        if (c.figures() instanceof WageFigures w && w.effectiveHourly() != null) {
            String unit = w.currency() + "/h";
            values.add(metric("effective hourly pay", w.effectiveHourly(), unit));
            if (w.benchmarkHourly() != null) {
                values.add(metric((claim.effectiveBasis() == BenchmarkKind.LIVING_WAGE ? "living wage" : "legal minimum wage")
                        + " hourly benchmark", w.benchmarkHourly(), unit));
            }
            if (w.payGap() != null) {
                values.add(metric("gender pay gap", w.payGap().movePointRight(2), "P1"));
            }
        } else if (c.figures() instanceof OwnershipFigures o) {
            if (o.womenOwnershipShare() != null) {
                values.add(metric("women's ownership share", o.womenOwnershipShare().movePointRight(2), "P1"));
            }
            if (o.womenManagementShare() != null) {
                values.add(metric("women's share of management", o.womenManagementShare().movePointRight(2), "P1"));
            }
            if (o.womenBoardShare() != null) {
                values.add(metric("women's share of the board", o.womenBoardShare().movePointRight(2), "P1"));
            }
        }
        if (!values.isEmpty()) {
            node.set("declaredValue", values);
        }
    }

    private static ObjectNode envelope(String type, String context, String id, String issuerDid, String issuerName,
            Instant validFrom) {
        ObjectNode vc = F.objectNode();
        vc.set("type", types(type, "VerifiableCredential"));
        vc.set("@context", F.arrayNode().add(Credentials.VC_V2_CONTEXT).add(context));
        vc.put("id", id);
        ObjectNode issuer = vc.putObject("issuer");
        issuer.set("type", types("CredentialIssuer"));
        issuer.put("id", issuerDid);
        issuer.put("name", issuerName);
        vc.put("validFrom", Credentials.timestamp(validFrom));
        return vc;
    }

    private static ObjectNode product(ProductProvenance r) {
        ObjectNode p = F.objectNode();
        p.set("type", types("Product"));
        p.put("id", r.id());
        p.put("name", r.product().name());
        if (r.product().sku() != null) {
            p.put("registeredId", r.product().sku());
        }
        StringBuilder description = new StringBuilder(r.product().description() == null ? "" : r.product().description());
        if (r.producers().size() > 1) {
            description.append(description.length() > 0 ? ". " : "").append("Made by ");
            for (int i = 0; i < r.producers().size(); i++) {
                Producer pr = r.producers().get(i);
                description.append(i == 0 ? "" : i == r.producers().size() - 1 ? " and " : ", ").append(pr.name())
                        .append(pr.revenueShare() == null ? "" : " (" + pr.revenueShare().movePointRight(2).stripTrailingZeros()
                                .toPlainString() + "% of the wholesale price)");
            }
        }
        if (description.length() > 0) {
            p.put("description", description.toString());
        }
        if (r.product().category() != null) {
            // Free text, not a UN/CPC code, so it is described rather than classified.
            p.put("description", (p.has("description") ? p.get("description").textValue() + ". " : "") + "Category: "
                    + r.product().category());
        }
        // UNTP 0.6.0 names one producing party; a co-branded product's other producers are in the description.
        Producer lead = r.producers().get(0);
        p.set("producedByParty", party(lead.id(), lead.name()));
        p.put("countryOfProduction", r.product().originCountry());
        return p;
    }

    private static ObjectNode standard(Claim claim) {
        ObjectNode s = F.objectNode();
        s.set("type", types("Standard"));
        if (claim.topic() == ClaimTopic.FAIR_WAGE) {
            s.put("id", Credentials.PROVENANCE_VOCAB + "fair-wage-method");
            s.put("name", "Selvedge fair-wage method (record format v1): effective hourly pay against the "
                    + (claim.effectiveBasis() == BenchmarkKind.LIVING_WAGE ? "legal minimum and living wage" : "legal minimum wage")
                    + " of the most specific regional benchmark; piece rates after the Fair Trade Federation Fair Wage Guide;"
                    + " equal pay within 5%");
            s.set("issuingParty", selvedge());
        } else {
            s.put("id", "https://www.iso.org/standard/79585.html");
            s.put("name", "ISO IWA 34:2021 Women's entrepreneurship: key definitions and general criteria ("
                    + (claim.topic() == ClaimTopic.WOMEN_OWNED ? "women-owned" : "women-led") + ")");
            s.set("issuingParty", party("https://www.iso.org", "International Organization for Standardization"));
            s.put("issueDate", "2021-09-01");
        }
        return s;
    }

    private static ObjectNode metric(String name, BigDecimal value, String unit) {
        ObjectNode m = F.objectNode();
        m.set("type", types("Metric"));
        m.put("metricName", name);
        ObjectNode v = m.putObject("metricValue");
        v.set("type", types("Measure"));
        v.put("value", value);
        v.put("unit", unit);
        return m;
    }

    private static ObjectNode party(String id, String name) {
        return F.objectNode().put("id", id).put("name", name);
    }

    private static ObjectNode selvedge() {
        return party("https://w3id.org/selvedge", "Selvedge");
    }

    private static String title(Claim claim) {
        switch (claim.topic()) {
            case FAIR_WAGE:
                return "Fair wage (" + (claim.effectiveBasis() == BenchmarkKind.LIVING_WAGE ? "living wage" : "legal minimum") + ")";
            case WOMEN_OWNED:
                return "Women-owned";
            default:
                return "Women-led";
        }
    }

    private static ArrayNode types(String... names) {
        ArrayNode a = F.arrayNode();
        for (String n : names) {
            a.add(n);
        }
        return a;
    }

    /** A stable id, so that exporting the same record twice gives the same credential id. */
    private static String id(ProductProvenance r, String kind) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((r.id() + "|" + kind).getBytes(StandardCharsets.UTF_8));
    }
}
