package org.selvedge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The results of a batch run on their way out: a buffered writer, the progress counts, and a lock
 * shared with the shutdown hook. Every write and flush happens under the lock and only while the
 * output is open; whoever {@link #close() closes} it (the hook on Ctrl-C, or the run at its end)
 * does so under the lock, so no write can start after it and none is cut short by the JVM halting.
 */
final class BatchOutput implements BatchRunner.Output {
    private final Object lock = new Object();
    private final Writer out;
    private final PrintWriter errorSource;
    private final BatchProgress progress;
    private final OutputFiles.Partial partial;
    private boolean open = true;
    private long written;
    private long flushed;

    /**
     * @param out where results go, buffered here
     * @param errorSource a PrintWriter beneath {@code out} that swallows its errors, asked after each
     *     flush, or null when {@code out} reports its own
     * @param partial the file results go to, or null for standard output
     */
    BatchOutput(Writer out, PrintWriter errorSource, BatchProgress progress, OutputFiles.Partial partial) {
        this.out = out;
        this.errorSource = errorSource;
        this.progress = progress;
        this.partial = partial;
    }

    Object lock() {
        return lock;
    }

    BatchProgress progress() {
        return progress;
    }

    OutputFiles.Partial partial() {
        return partial;
    }

    /** Results written so far (some may still be in the buffer until the next flush). */
    long written() {
        synchronized (lock) {
            return written;
        }
    }

    /** Results known to have reached the output: those written before the last successful flush. */
    long flushed() {
        synchronized (lock) {
            return flushed;
        }
    }

    @Override
    public boolean write(long lineNumber, BatchRunner.Outcome outcome, long bytesRead) throws IOException {
        synchronized (lock) {
            if (!open) {
                return false;
            }
            out.write(outcome.json());
            out.write('\n');
            written++;
            progress.done(lineNumber, outcome, bytesRead);
            return true;
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            if (open) {
                flushNow();
            }
        }
    }

    private void flushNow() throws IOException {
        out.flush();
        if (errorSource != null && errorSource.checkError()) {
            throw new IOException("write error");
        }
        if (partial != null) {
            partial.checkpoint();
        }
        flushed = written;
    }

    /**
     * Flushes what was written and closes the output to further writes; call it holding {@link #lock()}.
     *
     * @return false when it was already closed (by the shutdown hook, or by the run's own end)
     * @throws IOException when the final flush fails (the output is closed all the same)
     */
    boolean close() throws IOException {
        if (!Thread.holdsLock(lock)) {
            throw new IllegalStateException("close() needs the output's lock");
        }
        if (!open) {
            return false;
        }
        open = false;
        flushNow();
        return true;
    }
}
