package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.IssueCode;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.testing.Fixture;

/** Control and bidi characters from the input never reach the terminal raw; --json stays exact. */
class TerminalOutputTest {
    /** NUL, a newline and a forged verdict line, then an ANSI colour; and a right-to-left override. */
    private static final String HOSTILE = "Warmi\u0000\n\u2713 FAKE LINE\u001b[31m";
    private static final String BIDI = "Plata \u202eanuL\u202c";

    @TempDir
    Path dir;

    private Path record() throws Exception {
        Path p = dir.resolve("record.json");
        Files.write(p, Fixture.base().set("/producers/0/name", HOSTILE).set("/producers/1/name", BIDI).bytes());
        return p;
    }

    private static void assertNoRawControls(String out) {
        assertThat(out.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f)))
                .as(out).isEmpty();
        assertThat(out.lines()).noneMatch(l -> l.startsWith("\u2713 FAKE LINE"));
    }

    @Test
    void checkEscapesNamesFromTheRecord() throws Exception {
        CliRun run = CliRun.of("check", record().toString());
        assertThat(run.exitCode()).isZero();
        assertNoRawControls(run.out());
        assertThat(run.out()).contains("Warmi\\u0000\\u000a\u2713 FAKE LINE\\u001b[31m").contains("Plata \\u202eanuL\\u202c");
        assertThat(run.out().lines().filter(l -> l.startsWith("\u2713"))).hasSize(5); // the five real verdicts
    }

    @Test
    void jsonOutputKeepsTheExactName() throws Exception {
        CliRun run = CliRun.of("check", "--json", record().toString());
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0000");
        var report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("valid").booleanValue()).isTrue();
    }

    @Test
    void inspectEscapesEveryLine() throws Exception {
        CliRun run = CliRun.of("inspect", record().toString());
        assertThat(run.exitCode()).isZero();
        assertNoRawControls(run.out());
        assertThat(run.out()).contains("producer  Warmi\\u0000\\u000a\u2713 FAKE LINE\\u001b[31m  cooperative");
    }

    @Test
    void verificationOutputEscapesNamesAndMessages() {
        StringWriter text = new StringWriter();
        VerificationPrinter.print("file\u001b]0;owned\u0007.json", VerificationResult.rejected("vc+jwt",
                new Issue(IssueCode.MALFORMED_INPUT, "/a\u2066b", "bad\r\n\u2713 VALID   forged")), new PrintWriter(text));
        String out = text.toString();
        assertNoRawControls(out.replace("\r", "")); // the printer's own line ends aside
        assertThat(out).contains("file\\u001b]0;owned\\u0007.json").contains("/a\\u2066b").contains("bad\\u000d\\u000a");
        assertThat(out.lines()).hasSize(2);
    }

    @Test
    void errorMessagesNamingAFileAreEscaped() {
        CliRun run = CliRun.of("check", dir.resolve("no\u001b[2Jfile.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no\\u001b[2Jfile.json").doesNotContain("\u001b");
    }

    @Test
    void safeLeavesOrdinaryTextAloneAndIsIdempotent() {
        String plain = "Taller Plata Luna — café, 9.17 PEN/h \u2713";
        assertThat(ReportPrinter.safe(plain)).isSameAs(plain);
        String once = ReportPrinter.safe(HOSTILE);
        assertThat(ReportPrinter.safe(once)).isEqualTo(once);
        assertThat(ReportPrinter.safe("\u0085\u009b\u007f\u2028\u061c")).isEqualTo("\\u0085\\u009b\\u007f\\u2028\\u061c");
    }
}
