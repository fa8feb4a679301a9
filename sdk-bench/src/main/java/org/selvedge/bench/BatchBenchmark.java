package org.selvedge.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.selvedge.cli.Main;

/**
 * {@code selvedge verify --batch} itself, in process: a JSON Lines file of the example credential
 * (Data Integrity, Ed25519) verified with 1 and with 2 threads, reading, verifying in parallel and
 * writing results in order. Scores are records per second (one operation is one line).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class BatchBenchmark {
    static final int LINES = 4_000;

    @Param({"1", "2"})
    public int threads;

    Path dir;
    Path input;
    String did;
    PrintWriter discard;

    @Setup
    public void setup() throws IOException {
        Fixtures f = new Fixtures();
        dir = Files.createTempDirectory("selvedge-batch-bench");
        input = dir.resolve("credentials.jsonl");
        // One credential per line: the signed JSON written without its line breaks.
        String line = new String(f.diEd25519, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", "") + "\n";
        Files.writeString(input, line.repeat(LINES));
        did = f.ed.did();
        discard = new PrintWriter(OutputStream.nullOutputStream());
        if (run() != 0) {
            throw new IllegalStateException("the batch fixture does not verify");
        }
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        Files.deleteIfExists(input);
        Files.deleteIfExists(dir);
    }

    int run() {
        return Main.run(new String[] {"verify", "--batch", input.toString(), "--trust-issuer", did, "--threads",
                Integer.toString(threads)}, discard, discard);
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public int verifyBatch() {
        return run();
    }
}
