package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The runner alone: order, the memory budget, lines that break their task, output and input failures, streaming. */
class BatchRunnerTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Collects results in memory and counts flushes. */
    static class Collect implements BatchRunner.Output {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        volatile int flushedCount;
        final AtomicInteger flushes = new AtomicInteger();

        @Override
        public boolean write(long lineNumber, BatchRunner.Outcome outcome, long bytesRead) {
            assertThat(lineNumber).isEqualTo(lines.size() + 1);
            lines.add(outcome.json());
            return true;
        }

        @Override
        public void flush() {
            flushedCount = lines.size();
            flushes.incrementAndGet();
        }
    }

    static InputStream input(List<String> lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The result an echo task gives: the line number and the line's length and first byte. */
    static BatchRunner.Outcome echo(long n, BoundedLineReader.Line line) {
        return new BatchRunner.Outcome("{\"line\":" + n + ",\"valid\":true,\"length\":" + line.length() + ",\"first\":\""
                + (char) line.bytes()[0] + "\",\"reasons\":[]}", true, List.of());
    }

    @Test
    void manyLargeLinesWithASmallBudgetAllGetTheirResultInOrder() throws Exception {
        long budget = 256 * 1024; // input bytes * EXPANSION are charged: a 20 KB line costs ~640 KB, over the budget
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            char c = (char) ('a' + i % 26);
            lines.add(i % 3 == 0 ? String.valueOf(c).repeat(20_000) : String.valueOf(c).repeat(100 + i));
        }
        AtomicLong running = new AtomicLong();
        AtomicInteger notAlone = new AtomicInteger();
        BatchRunner.Task task = (n, line) -> {
            long mine = BatchRunner.workCost(line);
            long before = running.getAndAdd(mine);
            if (mine > budget && before != 0) {
                notAlone.incrementAndGet(); // a line over the budget must run with nothing else in flight
            }
            if (mine <= budget && before + mine > budget) {
                notAlone.incrementAndGet(); // lines under the budget together stay under it
            }
            try {
                return echo(n, line);
            } finally {
                running.addAndGet(-mine);
            }
        };
        BatchRunner runner = new BatchRunner(4, 1 << 20, budget);
        Collect out = new Collect();
        BatchRunner.Result r = runner.run(input(lines), out, task);
        assertThat(r.lines()).isEqualTo(300);
        assertThat(r.closed()).isFalse();
        assertThat(out.lines).hasSize(300);
        for (int i = 0; i < 300; i++) {
            JsonNode j = MAPPER.readTree(out.lines.get(i));
            assertThat(j.get("line").intValue()).isEqualTo(i + 1);
            assertThat(j.get("length").intValue()).isEqualTo(lines.get(i).length());
            assertThat(j.get("first").textValue()).isEqualTo(lines.get(i).substring(0, 1));
        }
        assertThat(notAlone.get()).isZero();
        assertThat(runner.lastBudget().peak()).isLessThanOrEqualTo(budget);
    }

    @Test
    void ordinaryLinesAreProcessedSideBySide() throws Exception {
        // Lines 1 and 2 each wait for the other to start: that can only happen if they run at once.
        CountDownLatch both = new CountDownLatch(2);
        Set<Long> met = ConcurrentHashMap.newKeySet();
        BatchRunner.Task task = (n, line) -> {
            if (n <= 2) {
                both.countDown();
                try {
                    if (both.await(60, TimeUnit.SECONDS)) {
                        met.add(n);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return echo(n, line);
        };
        Collect out = new Collect();
        new BatchRunner(2, 1 << 20, 8L << 20).run(input(List.of("a".repeat(3000), "b".repeat(3000), "c")), out, task);
        assertThat(met).containsExactlyInAnyOrder(1L, 2L);
        assertThat(out.lines).hasSize(3);
    }

    @Test
    void aLineThatRunsOutOfMemoryIsRunAgainAloneAndOnlyThenGetsALimitResult() throws Exception {
        AtomicInteger attemptsOf5 = new AtomicInteger();
        AtomicLong running = new AtomicLong();
        AtomicInteger retryNotAlone = new AtomicInteger();
        BatchRunner.Task task = (n, line) -> {
            long others = running.getAndIncrement();
            try {
                if (n == 5 && attemptsOf5.incrementAndGet() == 1) {
                    throw new OutOfMemoryError("simulated: the neighbours took the heap");
                }
                if (n == 5 && others != 0) {
                    retryNotAlone.incrementAndGet();
                }
                if (n == 7) {
                    throw new OutOfMemoryError("simulated: too big even alone");
                }
                if (n == 9) {
                    throw new IllegalStateException("a bug");
                }
                if (n == 10) {
                    throw new StackOverflowError();
                }
                return echo(n, line);
            } finally {
                running.decrementAndGet();
            }
        };
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add("line" + i);
        }
        Collect out = new Collect();
        new BatchRunner(3, 1 << 20, 8L << 20).run(input(lines), out, task);
        assertThat(out.lines).hasSize(40);
        assertThat(attemptsOf5.get()).isEqualTo(2);
        assertThat(retryNotAlone.get()).isZero();
        assertThat(MAPPER.readTree(out.lines.get(4)).get("valid").booleanValue()).isTrue(); // its real verdict
        JsonNode limit = MAPPER.readTree(out.lines.get(6));
        assertThat(limit.get("line").intValue()).isEqualTo(7);
        assertThat(limit.get("reasons").get(0).get("code").textValue()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(limit.get("reasons").get(0).get("path").textValue()).isEmpty();
        assertThat(limit.get("reasons").get(0).get("message").textValue()).contains("line is 5 bytes").contains("-Xmx");
        assertThat(MAPPER.readTree(out.lines.get(8)).get("reasons").get(0).get("code").textValue()).isEqualTo("INTERNAL_ERROR");
        assertThat(MAPPER.readTree(out.lines.get(9)).get("reasons").get(0).get("message").textValue())
                .contains("StackOverflowError");
        for (int i = 0; i < 40; i++) {
            assertThat(MAPPER.readTree(out.lines.get(i)).get("line").intValue()).isEqualTo(i + 1);
        }
    }

    /** An endless-looking input of short lines, counting what was read of it. */
    static final class CountingInput extends InputStream {
        final long total;
        final AtomicLong read = new AtomicLong();

        CountingInput(long total) {
            this.total = total;
        }

        @Override
        public int read() {
            long i = read.getAndIncrement();
            return i >= total ? -1 : (i % 4 == 3 ? '\n' : 'x');
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n++] = (byte) c;
            }
            return n;
        }
    }

    @Test
    void aWriteErrorStopsTheRunAndTheReading() {
        CountingInput in = new CountingInput(4L * 5_000_000); // five million lines
        BatchRunner.Output failing = new BatchRunner.Output() {
            int n;

            @Override
            public boolean write(long lineNumber, BatchRunner.Outcome outcome, long bytesRead) throws IOException {
                if (++n == 10) {
                    throw new IOException("No space left on device");
                }
                return true;
            }

            @Override
            public void flush() {}
        };
        assertThatThrownBy(() -> new BatchRunner(2, 1 << 20).run(in, failing, BatchRunnerTest::echo))
                .isInstanceOf(BatchRunner.OutputFailed.class)
                .hasMessageContaining("No space left")
                .satisfies(e -> assertThat(((BatchRunner.OutputFailed) e).written).isEqualTo(9));
        // The reader stops too: at most the lines in flight and one read buffer past the failure.
        long readAfter = in.read.get();
        assertThat(readAfter).isLessThan(4L * 100_000);
    }

    @Test
    void aClosingOutputEndsTheRunWithoutAnError() throws Exception {
        BatchRunner.Output closesAt3 = new BatchRunner.Output() {
            @Override
            public boolean write(long lineNumber, BatchRunner.Outcome outcome, long bytesRead) {
                return lineNumber < 3;
            }

            @Override
            public void flush() {}
        };
        BatchRunner.Result r = new BatchRunner(2, 1 << 20).run(input(List.of("a", "b", "c", "d")), closesAt3, BatchRunnerTest::echo);
        assertThat(r.closed()).isTrue();
        assertThat(r.lines()).isEqualTo(2);
    }

    @Test
    void anInputErrorComesAfterEveryEarlierResult() {
        InputStream in = new InputStream() {
            final byte[] text = "a\nb\nc\n".getBytes(StandardCharsets.UTF_8);
            int i;

            @Override
            public int read() throws IOException {
                if (i == text.length) {
                    throw new IOException("Input/output error");
                }
                return text[i++];
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (i == text.length) {
                    throw new IOException("Input/output error");
                }
                b[off] = text[i++];
                return 1;
            }
        };
        Collect out = new Collect();
        assertThatThrownBy(() -> new BatchRunner(2, 1 << 20).run(in, out, BatchRunnerTest::echo))
                .isInstanceOf(BatchRunner.InputFailed.class)
                .satisfies(e -> assertThat(((BatchRunner.InputFailed) e).written).isEqualTo(3));
        assertThat(out.lines).hasSize(3);
        assertThat(out.flushedCount).isEqualTo(3);
    }

    @Test
    void aResultIsFlushedAsSoonAsTheInputMakesUsWait() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feed, 1 << 16);
        CountDownLatch firstFlushed = new CountDownLatch(1);
        Collect out = new Collect() {
            @Override
            public void flush() {
                super.flush();
                if (flushedCount >= 1) {
                    firstFlushed.countDown();
                }
            }
        };
        ExecutorService exec = Executors.newSingleThreadExecutor();
        try {
            Future<BatchRunner.Result> run = exec.submit(() -> new BatchRunner(2, 1 << 20).run(in, out, BatchRunnerTest::echo));
            feed.write("first\n".getBytes(StandardCharsets.UTF_8));
            feed.flush();
            // The second line is not written until the first result has been flushed: a runner that
            // waited for more input before flushing would never get there.
            assertThat(firstFlushed.await(60, TimeUnit.SECONDS)).as("line 1's result flushed while the input waits").isTrue();
            assertThat(out.lines).hasSize(1);
            feed.write("second\n".getBytes(StandardCharsets.UTF_8));
            feed.close();
            assertThat(run.get(60, TimeUnit.SECONDS).lines()).isEqualTo(2);
        } finally {
            exec.shutdownNow();
        }
    }
}
