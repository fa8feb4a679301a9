package org.selvedge.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.Selvedge;
import org.selvedge.core.Verifier;
import org.selvedge.core.trust.TrustPolicy;

/**
 * An auditor verifying a folder of signed files into a CSV summary: one row per file with its
 * verdict, issuer, number of proofs, the reason codes and the first reason in words.
 *
 * <pre>{@code
 * AuditFolder.summarize(Path.of("season-2026"), policy, Files.newBufferedWriter(Path.of("summary.csv")));
 * }</pre>
 */
public final class AuditFolder {
    private AuditFolder() {}

    /** Verifies every {@code .json} and {@code .jwt} file under {@code folder} (sorted), writing CSV to {@code csv}. */
    public static int summarize(Path folder, TrustPolicy policy, Writer csv) throws IOException {
        Verifier verifier = Selvedge.verifier(policy);
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jwt"))
                    .sorted().collect(Collectors.toList());
        }
        csv.write("file,valid,issuer,proofs,codes,first_reason\n");
        int invalid = 0;
        for (Path f : files) {
            VerificationResult r = verifier.verify(Files.readAllBytes(f));
            if (!r.valid()) {
                invalid++;
            }
            String codes = r.issues().stream().map(i -> i.code().name()).distinct().collect(Collectors.joining(";"));
            String first = r.issues().isEmpty() ? "" : r.issues().get(0).message();
            csv.write(String.join(",", cell(folder.relativize(f).toString()), String.valueOf(r.valid()),
                    cell(r.issuer() == null ? "" : r.issuer()), String.valueOf(r.proofs().size()), cell(codes), cell(first)));
            csv.write("\n");
        }
        csv.flush();
        return invalid;
    }

    /** RFC 4180 quoting. */
    static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** {@code AuditFolder POLICY.json FOLDER}: CSV to standard output; exit 1 when any file is invalid. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: AuditFolder POLICY.json FOLDER > summary.csv");
            System.exit(2);
        }
        TrustPolicy policy = TrustPolicy.fromJson(Files.readAllBytes(Path.of(args[0])));
        Writer out = new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        int invalid = summarize(Path.of(args[1]), policy, out);
        System.exit(invalid == 0 ? 0 : 1);
    }

}
