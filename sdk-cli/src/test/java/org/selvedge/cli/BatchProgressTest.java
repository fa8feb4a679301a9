package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar is drawn exactly when told stderr is a terminal, and cleared before the summary. */
class BatchProgressTest {
    static final BatchRunner.Outcome OK = new BatchRunner.Outcome("{}", true, List.of());
    static final BatchRunner.Outcome BAD = new BatchRunner.Outcome("{}", false, List.of("SIGNATURE_INVALID"));

    @Test
    void terminalDevicesAreToldFromFilesAndPipes() {
        assertThat(BatchProgress.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(BatchProgress.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(BatchProgress.isTerminalDevice("/dev/tty")).isTrue();
        assertThat(BatchProgress.isTerminalDevice("/dev/console")).isTrue();
        assertThat(BatchProgress.isTerminalDevice("/dev/null")).isFalse();
        assertThat(BatchProgress.isTerminalDevice("pipe:[48213]")).isFalse();
        assertThat(BatchProgress.isTerminalDevice("/home/me/err.log")).isFalse();
        assertThat(BatchProgress.isTerminalDevice("socket:[9]")).isFalse();
    }

    static String run(boolean bar, long totalBytes, boolean interrupted) {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong(); // moves half a second each time it is read
        BatchProgress p = new BatchProgress(new PrintWriter(err), bar, totalBytes, () -> now.addAndGet(500_000_000L));
        for (int i = 1; i <= 10; i++) {
            p.done(i, i == 4 ? BAD : OK, i * 100L);
        }
        p.summary("valid", "invalid", interrupted);
        return err.toString();
    }

    @Test
    void onATerminalFramesAreDrawnWithCarriageReturnsAndClearedBeforeTheSummary() {
        String err = run(true, 1000, false);
        assertThat(err.chars().filter(c -> c == '\r').count()).isGreaterThanOrEqualTo(10); // frames, then the clearing
        assertThat(err).contains("records").contains("/s").contains("ETA").contains("%");
        String last = err.substring(err.lastIndexOf('\r') + 1);
        assertThat(last).startsWith("10 lines: 9 valid, 1 invalid (SIGNATURE_INVALID 1)").contains("records/s");
        String beforeSummary = err.substring(0, err.lastIndexOf('\r'));
        assertThat(beforeSummary.substring(beforeSummary.lastIndexOf('\r') + 1)).isBlank(); // the bar was blanked out
    }

    @Test
    void withoutATerminalOnlyTheSummaryIsWritten() {
        String err = run(false, 1000, false);
        assertThat(err).doesNotContain("\r").doesNotContain("ETA");
        assertThat(err.strip()).startsWith("10 lines: 9 valid, 1 invalid").contains("records/s");
        assertThat(err.lines().count()).isEqualTo(1);
    }

    @Test
    void withoutAKnownSizeThereIsNoEta() {
        String err = run(true, 0, false);
        assertThat(err).contains("\r").contains("records").doesNotContain("ETA");
    }

    @Test
    void anInterruptedRunSaysSo() {
        assertThat(run(false, 0, true)).startsWith("interrupted after 10 lines: 9 valid, 1 invalid");
    }
}
