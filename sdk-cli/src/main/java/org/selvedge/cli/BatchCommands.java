package org.selvedge.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.JsonLimits;
import org.selvedge.core.Verifier;

/** {@code verify --batch} and {@code sign --batch}: JSON Lines in, one JSON line out per input line. */
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
        BatchProgress progress = new BatchProgress(stderr, BatchProgress.stderrIsTerminal(), size);
        Writer out = new BufferedWriter(stdout, 1 << 16);
        BatchRunner.Output output = new BatchRunner.Output() {
            @Override
            public boolean write(long lineNumber, BatchRunner.Outcome outcome, long bytesRead) throws IOException {
                synchronized (out) {
                    out.write(outcome.json());
                    out.write('\n');
                }
                progress.done(lineNumber, outcome, bytesRead);
                return true;
            }

            @Override
            public void flush() throws IOException {
                synchronized (out) {
                    out.flush();
                }
            }
        };
        // Ctrl-C: whatever was written reaches the output before the JVM exits.
        Thread flusher = new Thread(() -> {
            synchronized (out) {
                try {
                    out.flush();
                } catch (IOException ignored) {
                    // the output is gone; nothing more can be saved
                }
            }
        });
        Runtime.getRuntime().addShutdownHook(flusher);
        try (InputStream input = in) {
            new BatchRunner(n, maxLine).run(input, output, task);
        } catch (IOException e) {
            throw new UsageException("batch input: " + e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(flusher);
            } catch (IllegalStateException ignored) {
                // already shutting down: the hook runs
            }
        }
        progress.summary(okWord, failWord);
        return progress.failures() == 0 ? Main.OK : Main.INVALID;
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
