package org.selvedge.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Processes a JSON Lines stream on every core while keeping memory flat, and writes one result per
 * input line, in input order, whatever a line holds. A line that cannot be processed gets an error
 * result; the run goes on.
 *
 * <p>Three kinds of thread: a reader (reads lines and submits them), the workers (one per thread
 * asked for), and the calling thread, which writes results in order. What is in flight is bounded
 * twice: by a count (64 lines per worker) and by a {@link ByteBudget} of estimated heap bytes, so a
 * run over huge lines holds as little as a run over small ones. Processing a line costs about
 * {@value #EXPANSION} times its size (the parsed tree; measured at 25 to 30 times for a 950 KB
 * credential with 2,100 proofs and for nested arrays of small objects), a waiting result its length
 * in UTF-16. The default budget is an eighth of the maximum heap: at {@code -Xmx64m}, 8 MiB, so about
 * 250 KiB of input is processed at once (about 80 ordinary 3 KB lines, far more than two cores need)
 * while a 1 MiB line (about 32 MiB of tree) runs alone, with the rest of the heap left for the reader,
 * the writer and the JVM. A line over the budget still runs, alone.
 *
 * <p>A worker that runs out of memory is not the line's verdict: the writer runs that line again
 * alone, when every other line in flight is done, and only if it runs out of memory again does the
 * line get a {@code LIMIT_EXCEEDED} result, which then depends on the maximum heap and never on the
 * neighbouring lines. If the reader itself cannot get memory for a line even with nothing in flight,
 * the run stops after writing every earlier result ({@link Fatal}).
 *
 * <p>Results are flushed at most {@value #FLUSH_MILLIS} ms after they are written, also when the
 * writer is left waiting (for a slow input or a slow line), so a consumer of a slow stream sees each
 * result promptly, while a fast run still writes in large blocks rather than once per line.
 */
final class BatchRunner {
    /** Estimated heap bytes per input byte while a line is processed. */
    static final int EXPANSION = 32;
    /** The most time a written result may sit in a buffer while results keep coming. */
    static final long FLUSH_MILLIS = 100;
    private static final JsonFactory JSON = new JsonFactory();

    /** One line's result: the JSON written for it, whether it passed, and the reason codes when not. */
    record Outcome(String json, boolean ok, List<String> codes) {}

    /** Turns one input line (1-based number, bytes or null when too long) into one output line of JSON. */
    interface Task {
        Outcome run(long lineNumber, BoundedLineReader.Line line);
    }

    /** Where results go, in order, on one thread. */
    interface Output {
        /**
         * Writes one result line (the JSON and a newline).
         *
         * @param bytesRead input bytes consumed up to the end of this line (for a progress bar)
         * @return false when the output is closing (the process is being interrupted): write no more
         */
        boolean write(long lineNumber, Outcome outcome, long bytesRead) throws IOException;

        void flush() throws IOException;
    }

    /** Why a run stopped before its input ended, with how many results were written by then. */
    abstract static class Stopped extends IOException {
        private static final long serialVersionUID = 1L;
        final long written;

        Stopped(String message, Throwable cause, long written) {
            super(message, cause);
            this.written = written;
        }
    }

    /** Writing a result failed: the run stopped. */
    static final class OutputFailed extends Stopped {
        private static final long serialVersionUID = 1L;

        OutputFailed(IOException cause, long written) {
            super(cause.getMessage(), cause, written);
        }
    }

    /** Reading the input failed: every earlier result was written, and the run stopped. */
    static final class InputFailed extends Stopped {
        private static final long serialVersionUID = 1L;

        InputFailed(IOException cause, long written) {
            super(cause.getMessage(), cause, written);
        }
    }

    /** The reader could not get memory for a line even with nothing else in flight. */
    static final class Fatal extends Stopped {
        private static final long serialVersionUID = 1L;

        Fatal(String message, long written) {
            super(message, null, written);
        }
    }

    /** How a run ended without failing: lines written, and whether the output closed under it. */
    record Result(long lines, boolean closed) {}

    private final int threads;
    private final int maxLineBytes;
    private final long budgetBytes;
    private volatile ByteBudget lastBudget;

    BatchRunner(int threads, int maxLineBytes) {
        this(threads, maxLineBytes, defaultBudget());
    }

    BatchRunner(int threads, int maxLineBytes, long budgetBytes) {
        this.threads = threads;
        this.maxLineBytes = maxLineBytes;
        this.budgetBytes = budgetBytes;
    }

    /** An eighth of the maximum heap (see the class comment). */
    static long defaultBudget() {
        return Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 8);
    }

    /** The budget of the last run (for tests). */
    ByteBudget lastBudget() {
        return lastBudget;
    }

    /** Estimated heap bytes to process a line. */
    static long workCost(BoundedLineReader.Line line) {
        // A line over the length limit is never parsed: only its small error result is made.
        return line.tooLong() ? 256 : (line.length() + 64) * EXPANSION;
    }

    /** Estimated heap bytes of a result held until written. */
    static long resultCost(Outcome o) {
        return 64 + 2L * o.json().length();
    }

    /** One submitted line, as the writer sees it. */
    private record Slot(long number, long bytesRead, Future<Done> future, Kind kind, IOException error) {
        enum Kind { LINE, END, INPUT_ERROR, OUT_OF_MEMORY }
    }

    /** A finished task: its outcome, or the line to run again alone after it ran out of memory. */
    private record Done(Outcome outcome, BoundedLineReader.Line retry, long resultCost) {}

    /** Runs the task over every line of {@code in}, writing each result to {@code out} in order. */
    Result run(InputStream in, Output out, Task task) throws IOException {
        // At most 64 lines per worker and the byte budget in flight; the queue to the writer needs no bound of its own.
        ByteBudget budget = new ByteBudget(budgetBytes, threads * 64);
        lastBudget = budget;
        BlockingQueue<Slot> queue = new LinkedBlockingQueue<>();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "selvedge-batch-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Thread reader = new Thread(() -> read(in, task, budget, pool, queue), "selvedge-batch-reader");
        reader.setDaemon(true);
        reader.setUncaughtExceptionHandler((t, e) -> {}); // the writer reports a reader that died
        reader.start();
        long written = 0;
        boolean dirty = false;
        long lastFlush = System.nanoTime();
        ArrayDeque<Slot> pending = new ArrayDeque<>();
        try {
            while (true) {
                if (pending.isEmpty()) {
                    Slot s = null;
                    if (dirty) {
                        // Nothing more is ready (the input is slow): wait until the flush is due, then let
                        // the consumer see what is done while waiting on.
                        s = queue.poll(untilDue(lastFlush), TimeUnit.NANOSECONDS);
                        if (s == null) {
                            out.flush();
                            dirty = false;
                            lastFlush = System.nanoTime();
                        }
                    }
                    pending.add(s != null ? s : next(queue, reader));
                }
                queue.drainTo(pending);
                Slot s = pending.peek();
                if (s.kind() == Slot.Kind.END) {
                    break;
                }
                if (s.kind() == Slot.Kind.INPUT_ERROR) {
                    out.flush();
                    throw new InputFailed(s.error(), written);
                }
                if (s.kind() == Slot.Kind.OUT_OF_MEMORY) {
                    out.flush();
                    throw new Fatal("out of memory reading line " + (s.number() < 0 ? written + 1 : s.number())
                            + " (maximum heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)", written);
                }
                if (!s.future().isDone()) {
                    // Wait for a batch of lines rather than for each one: the workers take lines in order,
                    // so when a later line is done the ones before it usually are too, and the writer (and,
                    // through the budget, the reader) wakes once for them all instead of once per line.
                    Future<Done> later = batchEnd(pending);
                    Future<Done> waitFor = later != null && !later.isDone() ? later : s.future();
                    try {
                        waitFor.get(dirty ? untilDue(lastFlush) : FLUSH_MILLIS * 1_000_000L, TimeUnit.NANOSECONDS);
                    } catch (TimeoutException e) {
                        if (dirty) {
                            out.flush(); // a slow line: let the consumer see what is done while waiting on
                            dirty = false;
                            lastFlush = System.nanoTime();
                        }
                    }
                    continue;
                }
                pending.poll();
                Done d = s.future().get();
                Outcome o = d.outcome();
                if (d.retry() != null) {
                    o = runAlone(task, s.number(), d.retry(), budget);
                }
                boolean open;
                try {
                    open = out.write(s.number(), o, s.bytesRead());
                } finally {
                    budget.written(d.resultCost());
                }
                if (!open) {
                    return new Result(written, true);
                }
                written++;
                dirty = true;
                long now = System.nanoTime();
                if (now - lastFlush > FLUSH_MILLIS * 1_000_000L) {
                    out.flush();
                    dirty = false;
                    lastFlush = now;
                }
            }
            out.flush();
            return new Result(written, false);
        } catch (InputFailed | Fatal e) {
            throw e;
        } catch (IOException e) {
            throw new OutputFailed(e, written);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputFailed(new IOException("interrupted", e), written);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch task escaped its guard", e); // work() catches everything
        } finally {
            budget.abort();
            reader.interrupt();
            pool.shutdownNow();
        }
    }

    /** The lines waited for at once, at most. */
    private static final int WAKE_BATCH = 16;

    /** The future of the last line among the first {@value #WAKE_BATCH} pending, or null. */
    private static Future<Done> batchEnd(ArrayDeque<Slot> pending) {
        Future<Done> last = null;
        int n = 0;
        for (Slot s : pending) {
            if (s.kind() != Slot.Kind.LINE || ++n > WAKE_BATCH) {
                break;
            }
            last = s.future();
        }
        return last;
    }

    /** Nanoseconds until results written since {@code lastFlush} are due to be flushed (at least 0). */
    private static long untilDue(long lastFlush) {
        return Math.max(0, lastFlush + FLUSH_MILLIS * 1_000_000L - System.nanoTime());
    }

    /** The next slot; if the reader died without a word (it cannot, short of an error in the JVM), a fatal one. */
    private static Slot next(BlockingQueue<Slot> queue, Thread reader) throws InterruptedException {
        while (true) {
            Slot s = queue.poll(1, TimeUnit.SECONDS);
            if (s != null) {
                return s;
            }
            if (!reader.isAlive()) {
                s = queue.poll();
                return s != null ? s : new Slot(-1, 0, null, Slot.Kind.OUT_OF_MEMORY, null);
            }
        }
    }

    private void read(InputStream in, Task task, ByteBudget budget, ExecutorService pool, BlockingQueue<Slot> queue) {
        long number = 0;
        try {
            BoundedLineReader reader = new BoundedLineReader(in, maxLineBytes, () -> {
                try {
                    budget.awaitIdle(); // let every line in flight finish and be written, then try again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            while (true) {
                BoundedLineReader.Line line;
                try {
                    line = reader.next();
                } catch (OutOfMemoryError e) {
                    queue.put(new Slot(number + 1, reader.consumed(), null, Slot.Kind.OUT_OF_MEMORY, null));
                    return;
                }
                if (line == null) {
                    break;
                }
                long n = ++number;
                long cost = Math.min(workCost(line), budget.capacity());
                if (!budget.admit(cost)) {
                    return; // the writer stopped
                }
                BoundedLineReader.Line current = line;
                Future<Done> f = pool.submit(() -> work(task, n, current, cost, budget));
                queue.put(new Slot(n, reader.consumed(), f, Slot.Kind.LINE, null));
            }
            queue.put(new Slot(number, reader.consumed(), null, Slot.Kind.END, null));
        } catch (IOException e) {
            try {
                queue.put(new Slot(number + 1, 0, null, Slot.Kind.INPUT_ERROR, e));
            } catch (InterruptedException ignored) {
                // the writer stopped
            }
        } catch (InterruptedException | java.util.concurrent.RejectedExecutionException e) {
            // the writer stopped and shut the pool down
        } catch (OutOfMemoryError e) {
            // Out of memory outside a line's bytes (submitting it): report it like a line that could not be read.
            queue.offer(new Slot(number + 1, 0, null, Slot.Kind.OUT_OF_MEMORY, null));
        }
    }

    /** A task never throws: a line that breaks it still gets a result, and one bad line never stops the run. */
    private static Done work(Task task, long number, BoundedLineReader.Line line, long cost, ByteBudget budget) {
        Done d = null;
        try {
            Outcome o;
            try {
                o = task.run(number, line);
            } catch (OutOfMemoryError e) {
                // Perhaps only because of the lines beside it: the writer runs it again alone.
                d = new Done(null, line, 64 + line.length());
                return d;
            } catch (Throwable e) { // NOPMD: a stack overflow or a bug is this line's result, not the run's end
                o = internalError(number, e);
            }
            d = new Done(o, null, resultCost(o));
            return d;
        } finally {
            budget.finished(cost, d == null ? 0 : d.resultCost());
        }
    }

    /** Runs a line that ran out of memory again, with nothing else in flight. */
    private static Outcome runAlone(Task task, long number, BoundedLineReader.Line line, ByteBudget budget)
            throws InterruptedException {
        budget.beginExclusive();
        try {
            return task.run(number, line);
        } catch (OutOfMemoryError e) {
            return failure(number, "LIMIT_EXCEEDED", "", "line is " + line.length() + " bytes and needs more memory than"
                    + " the maximum heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB allows; run with a larger -Xmx (JAVA_OPTS)");
        } catch (Throwable e) { // NOPMD: as in work()
            return internalError(number, e);
        } finally {
            budget.endExclusive();
        }
    }

    private static Outcome internalError(long number, Throwable e) {
        return failure(number, "INTERNAL_ERROR", "", "internal error (" + (e == null ? "unknown" : e.getClass().getSimpleName())
                + ") on this line; the run went on");
    }

    /** A failed line's result: {@code {"line":N,"valid":false,"reasons":[{"code","path","message"}]}}. */
    static Outcome failure(long number, String code, String path, String message) {
        return failure(number, List.of(new Reason(code, path, message)));
    }

    /** One reason a line failed. */
    record Reason(String code, String path, String message) {}

    /** A failed line's result with several reasons; the codes are counted once each. */
    static Outcome failure(long number, List<Reason> reasons) {
        StringWriter w = new StringWriter(128 + 96 * reasons.size());
        List<String> codes = new java.util.ArrayList<>();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("line", number);
            g.writeBooleanField("valid", false);
            g.writeArrayFieldStart("reasons");
            for (Reason r : reasons) {
                if (!codes.contains(r.code())) {
                    codes.add(r.code());
                }
                g.writeStartObject();
                g.writeStringField("code", r.code());
                g.writeStringField("path", r.path());
                g.writeStringField("message", r.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(w.toString(), false, List.copyOf(codes));
    }
}
