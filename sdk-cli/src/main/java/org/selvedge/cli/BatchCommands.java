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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.JsonLimits;
import org.selvedge.core.Verifier;

/**
 * {@code verify --batch} and {@code sign --batch}: JSON Lines in, one JSON line out per input line,
 * a summary on standard error.
 *
 * <p>Exit codes: 0 every line valid (signed), 1 some line not, 2 a usage or I/O error. A write error
 * stops the run at once with one line on stderr and exit 2 (nothing more is read); when the reader of
 * standard output has gone away (a broken pipe, as with {@code | head}), the run stops quietly with
 * exit 2, as a shell pipeline expects of a writer whose reader left.
 */
final class BatchCommands {
    private static final JsonFactory JSON = new JsonFactory();

    private BatchCommands() {}

    static int verify(Verifier verifier, String source, Integer threads, PrintWriter stdout, PrintWriter stderr) {
        int maxLine = JsonLimits.DEFAULT.maxDocumentBytes();
        BatchRunner.Task task = (number, line) -> {
            if (line.tooLong()) {
                return outcome(number, false, List.of(new Issue(org.selvedge.api.verification.IssueCode.LIMIT_EXCEEDED, "",
                        tooLong(line, maxLine))), null);
            }
            VerificationResult r = verifier.verify(line.bytes());
            return outcome(number, r.valid(), r.issues(), r);
        };
        return run(source, threads, maxLine, task, stdout, stderr, "valid", "invalid");
    }

    static int sign(org.selvedge.core.Signer signer, boolean jws, String source, Integer threads, PrintWriter stdout,
            PrintWriter stderr) {
        int maxLine = JsonLimits.DEFAULT.maxDocumentBytes();
        BatchRunner.Task task = (number, line) -> {
            if (line.tooLong()) {
                return error(number, "LIMIT_EXCEEDED", tooLong(line, maxLine));
            }
            try {
                org.selvedge.api.records.ProductProvenance record = org.selvedge.core.Selvedge.readRecord(line.bytes());
                String signed = jws ? signer.signJws(record) : signer.sign(record);
                return new BatchRunner.Outcome(signed, true, List.of());
            } catch (org.selvedge.core.RecordFormatException e) {
                return error(number, e.problems().get(0).code().name(), e.getMessage());
            } catch (org.selvedge.core.ClaimsViolatedException e) {
                return error(number, "CLAIM_VIOLATED", e.getMessage());
            } catch (org.selvedge.core.SelvedgeException e) {
                return error(number, "NOT_SIGNED", e.getMessage());
            }
        };
        return run(source, threads, maxLine, task, stdout, stderr, "signed", "not signed");
    }

    /** The line's own length, without its line end, as the reader counts it. */
    private static String tooLong(BoundedLineReader.Line line, int maxLine) {
        return "line is " + line.length() + " bytes, over the limit of " + maxLine + " bytes";
    }

    private static BatchRunner.Outcome error(long number, String code, String message) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("line", number);
            g.writeBooleanField("valid", false);
            g.writeArrayFieldStart("reasons");
            g.writeStartObject();
            g.writeStringField("code", code);
            g.writeStringField("message", message);
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BatchRunner.Outcome(w.toString(), false, List.of(code));
    }

    static int run(String source, Integer threads, int maxLine, BatchRunner.Task task, PrintWriter stdout, PrintWriter stderr,
            String okWord, String failWord) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 256) {
            throw new UsageException("--threads must be between 1 and 256");
        }
        long size = 0;
        InputStream in;
        try {
            if (source.equals("-")) {
                in = System.in;
                size = stdinSize();
            } else {
                Path p = Path.of(source);
                if (Files.isDirectory(p)) {
                    throw new UsageException(source + ": is a directory");
                }
                size = Files.size(p);
                in = Files.newInputStream(p);
            }
        } catch (NoSuchFileException e) {
            throw new UsageException(source + ": no such file");
        } catch (IOException e) {
            throw new UsageException(source + ": cannot read (" + e.getMessage() + ")");
        }
        Writer sink;
        PrintWriter errorSource = null;
        if (stdout instanceof Terminal.Stream terminal) {
            stdout.flush();
            sink = new BufferedWriter(new OutputStreamWriter(terminal.raw(), StandardCharsets.UTF_8), 1 << 16);
        } else {
            sink = new BufferedWriter(stdout, 1 << 16);
            errorSource = stdout; // a PrintWriter hides its errors until asked
        }
        BatchOutput output = new BatchOutput(sink, errorSource, new BatchProgress(stderr, BatchProgress.stderrIsTerminal(), size));
        // Ctrl-C or SIGTERM: every result written so far reaches the output, no write starts after it,
        // and the summary says the run was interrupted.
        Thread hook = new Thread(() -> interrupted(output, stderr, okWord, failWord), "selvedge-batch-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        try (InputStream input = in) {
            BatchRunner.Result r = new BatchRunner(n, maxLine).run(input, output, task);
            if (r.closed()) {
                return Main.USAGE; // the shutdown hook closed the output and said what it kept
            }
            return finish(output, stderr, okWord, failWord);
        } catch (BatchRunner.OutputFailed e) {
            return writeFailed(output, e, stderr);
        } catch (BatchRunner.InputFailed e) {
            return stopped(output, stderr, "cannot read " + source + " after line " + e.written + " (" + e.getMessage() + ")");
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

    /** The end of a complete run: the summary and the exit code. */
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
            progress.summary(okWord, failWord);
            stderr.flush();
            return progress.failures() == 0 ? Main.OK : Main.INVALID;
        }
    }

    /** Writing results failed: one line on stderr (none for a broken pipe). */
    private static int writeFailed(BatchOutput output, BatchRunner.OutputFailed e, PrintWriter stderr) {
        synchronized (output.lock()) {
            try {
                output.close();
            } catch (IOException ignored) {
                // the output is failing: what was flushed is all there is
            }
            output.progress().clearBar();
            if (!brokenPipe(e)) {
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
            stderr.println("selvedge: " + why + "; stopped after " + output.written() + " results");
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

    private static boolean brokenPipe(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
                return true;
            }
        }
        return false;
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
