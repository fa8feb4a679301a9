package org.selvedge.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.ClaimsViolatedException;
import org.selvedge.core.JsonLimits;
import org.selvedge.core.RecordFormatException;
import org.selvedge.core.Selvedge;
import org.selvedge.core.SelvedgeException;
import org.selvedge.core.Signer;
import org.selvedge.core.Verifier;

/**
 * {@code verify --batch} and {@code sign --batch}: JSON Lines in, one JSON object per input line out
 * (to standard output, or atomically to {@code --out FILE}), a summary on standard error.
 *
 * <p>Exit codes: 0 every line valid (signed), 1 some line not, 2 a usage or I/O error. A write error
 * stops the run at once with one line on stderr and exit 2 (nothing more is read); when the reader of
 * standard output has gone away (a broken pipe, as with {@code | head}), the run stops quietly with
 * exit 2, as a shell pipeline expects of a writer whose reader left.
 */
final class BatchCommands {
    private static final JsonFactory JSON = new JsonFactory();

    private BatchCommands() {}

    /**
     * How to run a batch.
     *
     * @param source a file, or {@code -} for standard input
     * @param threads workers, or null for every core
     * @param out the results file, or null for standard output
     * @param force replace an existing {@code out} (and an earlier run's {@code out.partial})
     * @param progressBar draw a progress bar, or null to draw one when stderr is a terminal
     * @param budget the in-flight memory budget in bytes, or null for the default
     */
    record Settings(String source, Integer threads, Path out, boolean force, Boolean progressBar, Long budget) {
        static Settings of(String source, Integer threads, Path out, boolean force) {
            return new Settings(source, threads, out, force, null, null);
        }
    }

    /** An opened input: its stream, its size when known (0 otherwise) and a name for messages. */
    record Input(InputStream stream, long size, String name) {}

    static int verify(Verifier verifier, Settings settings, PrintWriter stdout, PrintWriter stderr) {
        int maxLine = JsonLimits.DEFAULT.maxDocumentBytes();
        return run(settings, maxLine, verifyTask(verifier, maxLine), stdout, stderr, "valid", "invalid");
    }

    static BatchRunner.Task verifyTask(Verifier verifier, int maxLine) {
        return (number, line) -> {
            if (line.tooLong()) {
                return BatchRunner.failure(number, "LIMIT_EXCEEDED", "", tooLong(line, maxLine));
            }
            VerificationResult r = verifier.verify(line.bytes());
            return outcome(number, r.valid(), r.issues(), r);
        };
    }

    static int sign(Signer signer, boolean jws, Settings settings, PrintWriter stdout, PrintWriter stderr) {
        int maxLine = JsonLimits.DEFAULT.maxDocumentBytes();
        return run(settings, maxLine, signTask(signer, jws, maxLine), stdout, stderr, "signed", "not signed");
    }

    static BatchRunner.Task signTask(Signer signer, boolean jws, int maxLine) {
        return (number, line) -> {
            if (line.tooLong()) {
                return BatchRunner.failure(number, "LIMIT_EXCEEDED", "", tooLong(line, maxLine));
            }
            if (SignCommand.isCompactJws(line.bytes())) {
                return BatchRunner.failure(number, "MALFORMED_JSON", "", "a compact JWS, not a record: --batch signs"
                        + " records, and a JWS has exactly one signer, so it cannot be co-signed");
            }
            try {
                ProductProvenance record = Selvedge.readRecord(line.bytes());
                return signed(number, jws ? signer.signJws(record) : signer.sign(record), jws);
            } catch (RecordFormatException e) {
                return BatchRunner.failure(number, reasons(e.problems(), "INVALID_FIELD", e.getMessage()));
            } catch (ClaimsViolatedException e) {
                return BatchRunner.failure(number, reasons(e.report().allViolations(), "CLAIM_VIOLATED", e.getMessage()));
            } catch (SelvedgeException e) {
                return BatchRunner.failure(number, "NOT_SIGNED", "", e.getMessage());
            }
        };
    }

    /** One reason per violation, each with its own code and JSON Pointer; a fallback when there is none. */
    private static List<BatchRunner.Reason> reasons(List<Violation> violations, String fallbackCode, String fallback) {
        List<BatchRunner.Reason> reasons = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            reasons.add(new BatchRunner.Reason(v.code().name(), v.path(), v.message()));
        }
        if (reasons.isEmpty()) {
            reasons.add(new BatchRunner.Reason(fallbackCode, "", fallback));
        }
        return reasons;
    }

    private static String tooLong(BoundedLineReader.Line line, int maxLine) {
        return "line is " + line.length() + " bytes, over the limit of " + maxLine + " bytes";
    }

    /**
     * A signed line: {@code {"line":N,"valid":true,"reasons":[],"credential":...}}, the credential as a
     * JSON object (Data Integrity) or as the compact JWS string.
     */
    static BatchRunner.Outcome signed(long number, String credential, boolean jws) {
        StringWriter w = new StringWriter(credential.length() + 64);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("line", number);
            g.writeBooleanField("valid", true);
            g.writeArrayFieldStart("reasons");
            g.writeEndArray();
            if (jws) {
                g.writeStringField("credential", credential);
            } else {
                g.writeFieldName("credential");
                g.writeRawValue(credential); // the signer's own compact JSON: one line
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BatchRunner.Outcome(w.toString(), true, List.of());
    }

    static int run(Settings settings, int maxLine, BatchRunner.Task task, PrintWriter stdout, PrintWriter stderr,
            String okWord, String failWord) {
        int threads = threads(settings);
        return run(settings, threads, open(settings.source()), maxLine, task, stdout, stderr, okWord, failWord);
    }

    private static int threads(Settings settings) {
        int n = settings.threads() == null ? Runtime.getRuntime().availableProcessors() : settings.threads();
        if (n < 1 || n > 256) {
            throw new UsageException("--threads must be between 1 and 256");
        }
        return n;
    }

    /** Opens the batch input: a file, or standard input for {@code -} (its size known when it is a file). */
    static Input open(String source) {
        if (source.equals("-")) {
            return new Input(System.in, stdinSize(), "standard input");
        }
        Path p = Path.of(source);
        try {
            if (Files.isDirectory(p)) {
                throw new UsageException(source + ": is a directory");
            }
            long size = Files.size(p);
            return new Input(Files.newInputStream(p), size, source);
        } catch (NoSuchFileException e) {
            throw new UsageException(source + ": no such file");
        } catch (IOException e) {
            throw new UsageException(source + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The size of standard input when it is a regular file ({@code < file}), for the ETA; 0 otherwise. */
    private static long stdinSize() {
        try {
            Path fd0 = Path.of("/proc/self/fd/0");
            return Files.isRegularFile(fd0) ? Files.size(fd0) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Runs a batch over an opened input (tests pass their own streams). */
    static int run(Settings settings, int threads, Input input, int maxLine, BatchRunner.Task task, PrintWriter stdout,
            PrintWriter stderr, String okWord, String failWord) {
        OutputFiles.Partial partial;
        try {
            partial = settings.out() == null ? null : OutputFiles.partial(settings.out(), settings.force());
        } catch (UsageException e) {
            closeQuietly(input.stream());
            throw e;
        }
        Writer sink;
        PrintWriter errorSource = null;
        if (partial != null) {
            sink = new BufferedWriter(new OutputStreamWriter(partial.stream(), StandardCharsets.UTF_8), 1 << 16);
        } else if (stdout instanceof Terminal.Stream terminal) {
            stdout.flush();
            sink = new BufferedWriter(new OutputStreamWriter(terminal.raw(), StandardCharsets.UTF_8), 1 << 16);
        } else {
            sink = new BufferedWriter(stdout, 1 << 16);
            errorSource = stdout; // a PrintWriter hides its errors until asked
        }
        boolean bar = settings.progressBar() != null ? settings.progressBar() : BatchProgress.stderrIsTerminal();
        BatchOutput output = new BatchOutput(sink, errorSource, new BatchProgress(stderr, bar, input.size()), partial);
        // Ctrl-C or SIGTERM: every result written so far reaches the output, no write starts after it,
        // and the summary says the run was interrupted.
        Thread hook = new Thread(() -> interrupted(output, stderr, okWord, failWord), "selvedge-batch-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        try (InputStream in = input.stream()) {
            long budget = settings.budget() == null ? BatchRunner.defaultBudget() : settings.budget();
            BatchRunner.Result r = new BatchRunner(threads, maxLine, budget).run(in, output, task);
            if (r.closed()) {
                return Main.USAGE; // the shutdown hook closed the output and said what it kept
            }
            return finish(output, stderr, okWord, failWord);
        } catch (BatchRunner.OutputFailed e) {
            return writeFailed(output, e, stderr);
        } catch (BatchRunner.InputFailed e) {
            return stopped(output, stderr, "cannot read " + input.name() + " after line " + e.written + " ("
                    + e.getMessage() + ")");
        } catch (BatchRunner.Fatal e) {
            return stopped(output, stderr, e.getMessage() + "; run with a larger -Xmx (JAVA_OPTS)");
        } catch (IOException e) {
            // Closing the input failed after every result was written: nothing is lost.
            return finish(output, stderr, okWord, failWord);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down: the hook runs
            }
        }
    }

    /** The end of a complete run: the results file renamed into place, the summary, the exit code. */
    private static int finish(BatchOutput output, PrintWriter stderr, String okWord, String failWord) {
        synchronized (output.lock()) {
            if (shuttingDown()) {
                // Ctrl-C as the input ended (a pipe's writer killed by the same Ctrl-C ends our input
                // early): not a complete run. The hook, waiting for the lock, will find the output closed.
                interruptNow(output, stderr, okWord, failWord);
                return Main.USAGE;
            }
            try {
                if (!output.close()) {
                    return Main.USAGE; // interrupted at the very end: the hook has said so
                }
            } catch (IOException e) {
                return writeFailed(output, new BatchRunner.OutputFailed(e, output.written()), stderr);
            }
            BatchProgress progress = output.progress();
            OutputFiles.Partial partial = output.partial();
            if (partial != null) {
                try {
                    partial.commit();
                } catch (FileAlreadyExistsException e) {
                    progress.summary(okWord, failWord);
                    stderr.println("selvedge: " + partial.target() + " appeared during the run and was not replaced"
                            + " (use --force); the results are in " + partial.path());
                    return Main.USAGE;
                } catch (IOException e) {
                    progress.summary(okWord, failWord);
                    stderr.println("selvedge: cannot write " + partial.target() + " (" + e.getMessage() + "); "
                            + (partial.abandon() ? "the results are in " + partial.path() : "no results were kept"));
                    return Main.USAGE;
                }
            }
            progress.summary(okWord, failWord);
            if (partial != null) {
                stderr.println("wrote " + output.written() + " results to " + partial.target());
            }
            stderr.flush();
            return progress.failures() == 0 ? Main.OK : Main.INVALID;
        }
    }

    /** Writing results failed: one line on stderr (none for a broken pipe), and the target file left alone. */
    private static int writeFailed(BatchOutput output, BatchRunner.OutputFailed e, PrintWriter stderr) {
        synchronized (output.lock()) {
            try {
                output.close();
            } catch (IOException ignored) {
                // the output is failing: what was flushed is all there is
            }
            output.progress().clearBar();
            OutputFiles.Partial partial = output.partial();
            if (partial != null) {
                long kept = output.flushed();
                stderr.println("selvedge: cannot write " + partial.path() + " (" + e.getMessage() + "); stopped after "
                        + e.written + " results; " + partial.target() + " not changed"
                        + (partial.abandon() ? "; the first " + kept + " results are in " + partial.path() : ""));
            } else if (!brokenPipe(e)) {
                stderr.println("selvedge: cannot write results to standard output (" + e.getMessage() + "); stopped after "
                        + e.written + " results");
            }
            stderr.flush();
            return Main.USAGE;
        }
    }

    /** The run stopped early for a reason other than its output: what was written stays, and stderr says so. */
    private static int stopped(BatchOutput output, PrintWriter stderr, String why) {
        synchronized (output.lock()) {
            try {
                output.close();
            } catch (IOException e) {
                return writeFailed(output, new BatchRunner.OutputFailed(e, output.written()), stderr);
            }
            output.progress().clearBar();
            OutputFiles.Partial partial = output.partial();
            stderr.println("selvedge: " + why + "; stopped after " + output.written() + " results"
                    + (partial == null ? "" : "; " + partial.target() + " not changed" + keptIn(output, partial)));
            stderr.flush();
            return Main.USAGE;
        }
    }

    /** The shutdown hook: flush, close to further writes, summary marked as interrupted. */
    private static void interrupted(BatchOutput output, PrintWriter stderr, String okWord, String failWord) {
        synchronized (output.lock()) {
            interruptNow(output, stderr, okWord, failWord);
        }
    }

    /** Closes the output (unless the run's end or failure already did and said so) and reports the interruption. */
    private static void interruptNow(BatchOutput output, PrintWriter stderr, String okWord, String failWord) {
        try {
            if (!output.close()) {
                return;
            }
        } catch (IOException ignored) {
            // the output is failing: what was flushed is all there is
        }
        output.progress().summary(okWord, failWord, true);
        OutputFiles.Partial partial = output.partial();
        if (partial != null) {
            stderr.println("selvedge: interrupted; " + partial.target() + " not changed" + keptIn(output, partial));
        }
        stderr.flush();
    }

    /** Whether the JVM is shutting down (a signal): shutdown hooks can no longer be added then. */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static String keptIn(BatchOutput output, OutputFiles.Partial partial) {
        long kept = output.flushed();
        return partial.abandon() ? "; the " + kept + " results written so far are in " + partial.path()
                : "; no results were written";
    }

    private static boolean brokenPipe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was read
        }
    }

    static BatchRunner.Outcome outcome(long number, boolean valid, List<Issue> issues, VerificationResult r) {
        StringWriter w = new StringWriter(256);
        List<String> codes = new ArrayList<>();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("line", number);
            g.writeBooleanField("valid", valid);
            if (r != null) {
                g.writeStringField("format", r.format());
                if (r.issuer() != null) {
                    g.writeStringField("issuer", r.issuer());
                }
            }
            g.writeArrayFieldStart("reasons");
            for (Issue i : issues) {
                if (!codes.contains(i.code().name())) {
                    codes.add(i.code().name());
                }
                g.writeStartObject();
                g.writeStringField("code", i.code().name());
                g.writeStringField("path", i.path());
                g.writeStringField("message", i.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BatchRunner.Outcome(w.toString(), valid, codes);
    }
}
