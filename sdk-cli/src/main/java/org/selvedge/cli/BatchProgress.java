package org.selvedge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Counts verdicts and reasons for the end-of-run summary, and draws a progress line on stderr when
 * stderr is a terminal (records done, rate, and ETA when the input size is known). Nothing of the
 * bar is written when stderr is not a terminal, wherever stdout goes.
 *
 * <p>Not thread-safe: the batch writer calls it on one thread, under the output's lock.
 */
final class BatchProgress {
    private static final long FRAME_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean bar;
    private final long totalBytes;
    private final LongSupplier clock;
    private final long started;
    private long lastDraw;
    private int frameWidth;
    private long done;
    private long ok;
    private final Map<String, Long> reasons = new TreeMap<>();

    BatchProgress(PrintWriter err, boolean bar, long totalBytes) {
        this(err, bar, totalBytes, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} (tests pass their own) */
    BatchProgress(PrintWriter err, boolean bar, long totalBytes, LongSupplier clock) {
        this.err = err;
        this.bar = bar;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastDraw = started;
    }

    /**
     * Whether a progress bar makes sense: standard error (file descriptor 2) is a terminal, and this
     * is not a CI run. Java 17 has no isatty: on Linux, /proc/self/fd/2 names the device (a terminal
     * is /dev/pts/N, /dev/ttyN or /dev/console); elsewhere, System.console() (which asks about stdin
     * and stdout, the best Java offers there).
     */
    static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.isDirectory(Path.of("/proc/self/fd"))) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd2).toString());
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** Whether a file descriptor's link target (as /proc shows it) is a terminal device. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }

    /** One result was written: count it and, on a terminal, redraw at most five times a second. */
    void done(long lineNumber, BatchRunner.Outcome outcome, long bytesRead) {
        done = lineNumber;
        if (outcome.ok()) {
            ok++;
        }
        for (String code : outcome.codes()) {
            reasons.merge(code, 1L, Long::sum);
        }
        if (bar) {
            long now = clock.getAsLong();
            if (now - lastDraw >= FRAME_NANOS) {
                lastDraw = now;
                draw(bytesRead, now);
            }
        }
    }

    private void draw(long bytesRead, long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder("  ").append(done).append(" records  ")
                .append(String.format("%,.0f/s", rate));
        if (totalBytes > 0 && bytesRead > 0) {
            double fraction = Math.min(1.0, (double) bytesRead / totalBytes);
            long eta = fraction > 0 ? Math.round(seconds / fraction - seconds) : 0;
            int width = 24;
            int filled = (int) Math.round(fraction * width);
            line.append("  [").append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ")
                    .append(Math.round(fraction * 100)).append("%  ETA ").append(eta / 60).append(':')
                    .append(String.format("%02d", eta % 60));
        }
        // Pad over a longer previous frame, so no stale characters are left at its end.
        int width = line.length();
        if (width < frameWidth) {
            line.append(" ".repeat(frameWidth - width));
        }
        frameWidth = Math.max(frameWidth, width);
        err.print("\r" + line);
        err.flush();
    }

    /** Erases the progress line, if one was drawn, so the next text starts on a clean line. */
    void clearBar() {
        if (frameWidth > 0) {
            err.print("\r" + " ".repeat(frameWidth) + "\r");
            err.flush();
            frameWidth = 0;
        }
    }

    /** The summary: counts by verdict and reason, and records per second. */
    void summary(String okWord, String failWord) {
        summary(okWord, failWord, false);
    }

    /** The summary; {@code interrupted} says the run was stopped before the end of its input. */
    void summary(String okWord, String failWord, boolean interrupted) {
        clearBar();
        double seconds = (clock.getAsLong() - started) / 1e9;
        StringBuilder s = new StringBuilder();
        if (interrupted) {
            s.append("interrupted after ");
        }
        s.append(done).append(" lines: ").append(ok).append(' ').append(okWord).append(", ")
                .append(done - ok).append(' ').append(failWord);
        if (!reasons.isEmpty()) {
            s.append(" (");
            reasons.forEach((code, n) -> s.append(code).append(' ').append(n).append(", "));
            s.setLength(s.length() - 2);
            s.append(')');
        }
        s.append(String.format("; %.1f s, %,.0f records/s", seconds, seconds > 0 ? done / seconds : 0.0));
        err.println(s);
        err.flush();
    }

    long done() {
        return done;
    }

    long failures() {
        return done - ok;
    }
}
