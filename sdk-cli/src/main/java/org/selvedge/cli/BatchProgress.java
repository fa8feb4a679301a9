package org.selvedge.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts verdicts and reasons for the end-of-run summary, and draws a progress line on stderr when
 * stderr is a terminal (records done, rate, and ETA when the input size is known). Nothing of the
 * bar is written when output is redirected.
 */
final class BatchProgress {
    private final PrintWriter err;
    private final boolean bar;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long lastDraw;
    private long done;
    private long ok;
    private final Map<String, Long> reasons = new TreeMap<>();

    BatchProgress(PrintWriter err, boolean bar, long totalBytes) {
        this.err = err;
        this.bar = bar;
        this.totalBytes = totalBytes;
    }

    /** Whether a progress bar makes sense: an interactive terminal (Java 17 cannot ask about stderr alone). */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    void done(long lineNumber, BatchRunner.Outcome outcome, long bytesRead) {
        done = lineNumber;
        if (outcome.ok()) {
            ok++;
        }
        for (String code : outcome.codes()) {
            reasons.merge(code, 1L, Long::sum);
        }
        if (bar) {
            long now = System.nanoTime();
            if (now - lastDraw > 200_000_000L) {
                lastDraw = now;
                draw(bytesRead, now);
            }
        }
    }

    private void draw(long bytesRead, long now) {
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder("\r  ").append(done).append(" records  ")
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
        err.print(line.append("   "));
        err.flush();
    }

    /** The summary: counts by verdict and reason, and records per second. */
    void summary(String okWord, String failWord) {
        if (bar) {
            err.print("\r" + " ".repeat(78) + "\r");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder s = new StringBuilder();
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

    long failures() {
        return done - ok;
    }
}
