package org.selvedge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.Selvedge;
import org.selvedge.core.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code selvedge verify}: verify signed credentials against a trust policy. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify signed provenance credentials (JSON with Data Integrity proofs, or compact JWS):",
                "every proof, the issuer, validity dates, the trust policy, and the claims re-checked.",
                "Exit 0 when every file is valid and trusted, 1 when any is not, 2 on usage errors."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrustOptions trust;

    @Option(names = "--json", description = "Print results as JSON (one object, or an array for several files).")
    boolean json;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Option(names = "--batch", paramLabel = "FILE.jsonl",
            description = "Verify each line (a credential or a compact JWS); '-' reads standard input."
                    + " Writes one JSON result per line, in order; a summary goes to standard error.")
    String batch;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for --batch (default: every core).")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", description = {"With --batch: write the results here instead of to"
            + " standard output, through FILE.partial renamed over FILE when the run is complete."})
    Path out;

    @Option(names = "--force", description = "With --out: replace an existing FILE (and an earlier run's FILE.partial).")
    boolean force;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Signed credentials to verify.")
    List<Path> files;

    @Override
    public Integer call() {
        if (batch == null && (out != null || force)) {
            throw new UsageException("--out and --force are for --batch");
        }
        Verifier verifier = Selvedge.verifier(trust.policy());
        if (batch != null) {
            if (files != null && !files.isEmpty()) {
                throw new UsageException("give either --batch FILE.jsonl or credential files, not both");
            }
            return BatchCommands.verify(verifier, BatchCommands.Settings.of(batch, threads, out, force),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (files == null || files.isEmpty()) {
            throw new UsageException("nothing to verify: give credential files or --batch FILE.jsonl");
        }
        // A missing or unreadable file is reported before any output, so nothing is printed half.
        for (Path file : files) {
            precheck(file);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        // JSON output is built whole and printed at the end: either complete JSON or (on an error) none.
        StringWriter buffer = json ? new StringWriter() : null;
        PrintWriter out = json ? new PrintWriter(buffer) : stdout;
        boolean allValid = true;
        if (json && files.size() > 1) {
            out.println("[");
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            VerificationResult r = verifier.verify(InputFiles.read(file));
            allValid &= r.valid();
            if (json) {
                String text = Selvedge.toJson(r);
                out.println(files.size() > 1 ? "{\n  \"file\" : " + quote(file.toString()) + "," + text.substring(1)
                        + (i < files.size() - 1 ? "," : "") : text);
            } else {
                VerificationPrinter.print(file.toString(), r, out);
            }
        }
        if (json && files.size() > 1) {
            out.println("]");
        }
        if (json) {
            out.flush();
            stdout.print(buffer);
        }
        if (stdout.checkError()) {
            throw new UsageException("cannot write the results to standard output");
        }
        return allValid ? Main.OK : Main.INVALID;
    }

    /** The checks InputFiles.read makes, without reading, with the same one-line messages. */
    private static void precheck(Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageException(file + ": is a directory");
        }
        if (!Files.exists(file)) {
            throw new UsageException(file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new UsageException(file + ": cannot read (permission denied)");
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
