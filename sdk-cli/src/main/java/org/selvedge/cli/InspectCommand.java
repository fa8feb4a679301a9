package org.selvedge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.records.Artisan;
import org.selvedge.api.records.Cooperative;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.Selvedge;
import org.selvedge.core.json.JsonInputException;
import org.selvedge.core.json.StrictJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selvedge inspect}: a human view of a record or signed credential, without verifying it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show a provenance record or signed credential: product, producers, claims with figures,",
                "and proofs (suite, signer, created). Nothing is verified: use 'selvedge verify' for that."})
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A record, a credential (JSON) or a compact JWS.")
    Path file;

    @Override
    public Integer call() {
        // Everything shown comes from the file: names, ids, dates, even the proof's fields.
        PrintWriter out = ReportPrinter.safeLines(spec.commandLine().getOut());
        String text = new String(InputFiles.read(file), StandardCharsets.UTF_8).strip();
        JsonNode root;
        JsonNode jwsHeader = null;
        // Parsed as strictly as verify and check parse it, so that what is shown is what they would judge.
        try {
            if (text.startsWith("{") || text.startsWith("[")) {
                root = StrictJson.parse(text.getBytes(StandardCharsets.UTF_8));
            } else {
                String[] parts = text.split("\\.", -1);
                if (parts.length != 3) {
                    out.println(file + ": neither JSON nor a compact JWS");
                    return Main.INVALID;
                }
                jwsHeader = StrictJson.parse(Base64.getUrlDecoder().decode(parts[0]));
                root = StrictJson.parse(Base64.getUrlDecoder().decode(parts[1]));
            }
        } catch (JsonInputException e) {
            out.println(file + ": " + e.code() + (e.path().isEmpty() ? "" : " at " + e.path()) + ": " + e.getMessage());
            return Main.INVALID;
        } catch (IllegalArgumentException e) {
            out.println(file + ": not a compact JWS (a segment is not base64url)");
            return Main.INVALID;
        }
        if (!root.isObject()) {
            out.println(file + ": not a record or a credential (a JSON object)");
            return Main.INVALID;
        }
        out.println(file + "  (not verified)");
        JsonNode subject = root;
        if (root.has("credentialSubject")) {
            out.println("credential  " + root.path("type"));
            out.println("  issuer      " + (root.path("issuer").isTextual() ? root.path("issuer").asText() : root.path("issuer").path("id").asText()));
            out.println("  validFrom   " + root.path("validFrom").asText("-") + (root.has("validUntil") ? "   validUntil " + root.path("validUntil").asText() : ""));
            subject = root.get("credentialSubject");
        }
        if (jwsHeader != null) {
            out.println("proof (JWS)  alg " + jwsHeader.path("alg").asText() + "  typ " + jwsHeader.path("typ").asText()
                    + "  signer " + jwsHeader.path("kid").asText().replaceFirst("#.*", ""));
        }
        JsonNode proofs = root.path("proof");
        int i = 0;
        for (JsonNode p : proofs.isArray() ? proofs : JsonNodeFactory.instance.arrayNode().add(proofs)) {
            if (p.isMissingNode() || p.isNull()) {
                continue;
            }
            out.println("proof " + i++ + "      " + p.path("cryptosuite").asText("?") + "  signer "
                    + p.path("verificationMethod").asText("?").replaceFirst("#.*", "") + "  created " + p.path("created").asText("-"));
        }
        if (ProductProvenance.TYPE.equals(subject.path("type").asText())) {
            ClaimReport report = Selvedge.check(subject.toString());
            ProductProvenance record = report.record();
            if (record != null) {
                printRecord(record, out);
            }
            out.println("claims (re-checked, exact):");
            ReportPrinter.print(report, out, "  ");
        } else {
            out.println("subject     " + subject.path("type") + " (not a Selvedge provenance record)");
        }
        return Main.OK;
    }

    private static void printRecord(ProductProvenance r, PrintWriter out) {
        if (r.product() != null) {
            out.println("product     " + r.product().name() + (r.product().sku() == null ? "" : " [" + r.product().sku() + "]")
                    + "  from " + r.product().originCountry());
        }
        for (Producer p : r.producers()) {
            if (p instanceof Cooperative c) {
                out.println("  producer  " + c.name() + "  cooperative, " + (c.region() == null ? c.country() : c.region())
                        + (c.members() == null ? "" : ", " + c.members().women() + " of " + c.members().total() + " members women")
                        + (c.revenueShare() == null ? "" : ", revenue share " + c.revenueShare().toPlainString()));
            } else if (p instanceof Artisan a) {
                out.println("  producer  " + a.name() + "  artisan, " + (a.region() == null ? a.country() : a.region())
                        + (a.gender() == null ? "" : ", " + a.gender().wireName())
                        + (a.revenueShare() == null ? "" : ", revenue share " + a.revenueShare().toPlainString()));
            }
        }
    }
}
