package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selvedge.core.testing.Fixture;

/**
 * A batch run in its own JVM, fed on standard input and stopped with SIGTERM (what Ctrl-C's SIGINT
 * also does: the shutdown hooks run): every result written so far is there, complete, and the
 * summary says the run was interrupted. Each step waits for an event (results seen), never for a time.
 */
class InterruptedBatchTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final long PATIENCE_SECONDS = 120;

    @TempDir
    Path dir;
    String did;
    String credential;

    @BeforeEach
    void setUp() throws Exception {
        Path key = dir.resolve("k.json");
        did = SignVerifyCommandsTest.last(CliRun.of("keygen", "--out", key.toString()).out());
        Path record = dir.resolve("r.json");
        Files.write(record, Fixture.base().bytes());
        credential = MAPPER.readTree(CliRun.of("sign", "--key", key.toString(), record.toString()).out()).toString();
    }

    Process start(Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(err.toFile()).start();
    }

    void feed(Process p, int lines) throws IOException {
        OutputStream in = p.getOutputStream();
        for (int i = 0; i < lines; i++) {
            in.write((credential + "\n").getBytes(StandardCharsets.UTF_8));
        }
        in.flush(); // and left open: the run waits for more
    }

    static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    @Test
    void interruptedWithOutTheTargetIsUntouchedAndThePartialFileHasEveryResult() throws Exception {
        Path target = dir.resolve("results.jsonl");
        Files.writeString(target, "the results of a complete earlier run\n");
        Path partial = dir.resolve("results.jsonl.partial");
        Path err = dir.resolve("err.txt");
        Process p = start(err, "verify", "--batch", "-", "--trust-issuer", did, "--out", target.toString(), "--force");
        try {
            feed(p, 5);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (lines(partial).size() < 5 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(20); // waiting for the results to be flushed while the input waits
            }
            assertThat(lines(partial)).as("results flushed while the input waits").hasSize(5);
            p.toHandle().destroy(); // SIGTERM, the input left open (Process.destroy() would also close it)
            assertThat(p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(Files.readString(target)).isEqualTo("the results of a complete earlier run\n");
        List<String> kept = lines(partial);
        assertThat(kept).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(MAPPER.readTree(kept.get(i)).get("line").intValue()).isEqualTo(i + 1);
        }
        assertThat(Files.readString(partial)).endsWith("\n");
        assertThat(Files.readString(err)).contains("interrupted after 5 lines: 5 valid, 0 invalid")
                .contains(target + " not changed").contains("the 5 results written so far are in " + partial)
                .doesNotContain("Exception");
    }

    @Test
    void interruptedOnStandardOutputEveryResultWrittenIsThereAndStreamed() throws Exception {
        Path err = dir.resolve("err.txt");
        Process p = start(err, "verify", "--batch", "-", "--trust-issuer", did);
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            feed(p, 3);
            // Each result arrives while the input is still open: streamed, not held until the end.
            CompletableFuture<Void> read = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < 3; i++) {
                        seen.add(out.readLine());
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            read.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            p.toHandle().destroy();
            assertThat(p.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(out.readLine()).isNull(); // nothing after them, and no partial line
        } finally {
            p.destroyForcibly();
        }
        assertThat(seen).hasSize(3).allMatch(l -> l.contains("\"valid\":true"));
        assertThat(Files.readString(err)).contains("interrupted after 3 lines: 3 valid").doesNotContain("Exception");
    }
}
