package org.selvedge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Processes a JSON Lines stream on every core while keeping memory flat: at most a fixed window of
 * lines is in flight, and results are written in input order, one output line per input line,
 * whatever a line holds. A line that cannot be processed gets an error result; the run goes on.
 */
final class BatchRunner {
    /** One line's result: the JSON written for it, whether it passed, and the reason codes when not. */
    record Outcome(String json, boolean ok, java.util.List<String> codes) {}

    /** Turns one input line (1-based number, bytes or null when too long) into one output line of JSON. */
    interface Task {
        Outcome run(long lineNumber, BoundedLineReader.Line line);
    }

    /** Hears about each result, for the summary and the progress bar (called in order, on one thread). */
    interface Listener {
        void done(long lineNumber, Outcome outcome, long bytesRead);
    }

    private final int threads;
    private final int maxLineBytes;

    BatchRunner(int threads, int maxLineBytes) {
        this.threads = threads;
        this.maxLineBytes = maxLineBytes;
    }

    /** Runs the task over every line of {@code in}, writing each result and a newline to {@code out}. */
    long run(InputStream in, Writer out, Task task, Listener listener) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(in, maxLineBytes);
        int window = threads * 64;
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "selvedge-batch-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>(window);
        ArrayDeque<Long> sizes = new ArrayDeque<>(window);
        long lines = 0;
        long written = 0;
        try {
            BoundedLineReader.Line line;
            while ((line = reader.next()) != null) {
                long number = ++lines;
                BoundedLineReader.Line current = line;
                inFlight.add(pool.submit(() -> safely(task, number, current)));
                sizes.add(reader.consumed());
                while (inFlight.size() >= window || (inFlight.peek() != null && inFlight.peek().isDone())) {
                    written = emit(inFlight, sizes, out, listener, written);
                }
            }
            while (!inFlight.isEmpty()) {
                written = emit(inFlight, sizes, out, listener, written);
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        return lines;
    }

    private static long emit(ArrayDeque<Future<Outcome>> inFlight, ArrayDeque<Long> sizes, Writer out, Listener listener,
            long written) throws IOException {
        Future<Outcome> next = inFlight.poll();
        long bytesRead = sizes.poll();
        Outcome result;
        try {
            result = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            result = internalError(written + 1, e.getCause());
        }
        synchronized (out) {
            out.write(result.json());
            out.write('\n');
        }
        listener.done(written + 1, result, bytesRead);
        return written + 1;
    }

    /** A task that throws still gives its line a result: one bad line never stops the run. */
    private static Outcome safely(Task task, long number, BoundedLineReader.Line line) {
        try {
            return task.run(number, line);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return internalError(number, e);
        }
    }

    private static Outcome internalError(long number, Throwable e) {
        String json = "{\"line\":" + number + ",\"valid\":false,\"reasons\":[{\"code\":\"INTERNAL_ERROR\",\"message\":\""
                + (e == null ? "unknown" : e.getClass().getSimpleName()) + "\"}]}";
        return new Outcome(json, false, java.util.List.of("INTERNAL_ERROR"));
    }
}
