package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selvedge.core.testing.Fixture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Endless, oversized and absurd inputs end in one line and the right exit code, never a stack trace. */
class InputLimitsTest {
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void checkOfAnEndlessDeviceIsRefusedAsTooLarge() {
        // Files.size is 0 for /dev/zero: it used to be read to the end of memory.
        CliRun run = assertTimeoutPreemptively(GENEROUS, () -> CliRun.of("check", "/dev/zero"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("LIMIT_EXCEEDED (record): the document is more than 1048576 bytes");
        assertNoTrace(run);
        CliRun json = assertTimeoutPreemptively(GENEROUS, () -> CliRun.of("check", "--json", "/dev/zero"));
        assertThat(json.out()).contains("\"LIMIT_EXCEEDED\"");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void everyCommandThatReadsFilesBoundsThem() {
        CliRun verify = assertTimeoutPreemptively(GENEROUS,
                () -> CliRun.of("verify", "--trust-issuer", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "/dev/zero"));
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.err()).contains("/dev/zero: more than 16777216 bytes").contains("LIMIT_EXCEEDED");
        assertNoTrace(verify);
        CliRun inspect = assertTimeoutPreemptively(GENEROUS, () -> CliRun.of("inspect", "/dev/zero"));
        assertThat(inspect.exitCode()).isEqualTo(1);
        assertNoTrace(inspect);
    }

    @Test
    void aRecordFileOverTheDocumentLimitIsInvalidInput_oneAtTheLimitIsRead() throws Exception {
        Path big = dir.resolve("big.json");
        byte[] base = Fixture.base().bytes();
        // Padding inside the JSON (spaces after the object) to exactly the limit, then one byte more.
        int limit = 1 << 20;
        byte[] atLimit = java.util.Arrays.copyOf(base, limit);
        java.util.Arrays.fill(atLimit, base.length, limit, (byte) ' ');
        Files.write(big, atLimit);
        assertThat(CliRun.of("check", big.toString()).exitCode()).isZero();
        Files.write(big, java.util.Arrays.copyOf(atLimit, limit + 1)); // the extra byte is a NUL
        CliRun over = CliRun.of("check", big.toString());
        assertThat(over.exitCode()).isEqualTo(1);
        assertThat(over.out()).contains("LIMIT_EXCEEDED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "-0.01", "1.5", "0.00000000001", "abc", "0x1", "+0.05", ".05",
            "0.05 ", "1E-2"})
    void toleranceMustBeAPlainDecimalFromZeroToOneWithTenDecimalsAtMost(String value) throws Exception {
        Path record = dir.resolve("r.json");
        Files.write(record, Fixture.base().bytes());
        CliRun run = assertTimeoutPreemptively(GENEROUS, () -> CliRun.of("check", "--pay-gap-tolerance", value, record.toString()));
        assertThat(run.exitCode()).as(value).isEqualTo(2);
        assertThat(run.err().lines()).as(value).hasSize(1);
        assertThat(run.err()).contains("--pay-gap-tolerance").hasSizeLessThan(300);
        assertNoTrace(run);
    }

    @Test
    void theFinestToleranceIsAcceptedAndItsMessageIsShort() throws Exception {
        Path record = dir.resolve("r.json");
        Files.write(record, Fixture.base().bytes()); // gap 0.04
        CliRun run = CliRun.of("check", "--pay-gap-tolerance", "0.0000000001", record.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("GENDER_PAY_GAP").contains("0.00000001%");
        assertThat(run.out().lines()).allMatch(l -> l.length() < 300);
        assertThat(CliRun.of("check", "--pay-gap-tolerance", "0.04", record.toString()).exitCode()).isZero();
        assertThat(CliRun.of("check", "--pay-gap-tolerance", "1", record.toString()).exitCode()).isZero();
    }

    /** A command that runs out of memory or stack, to reach Main's last line of defence. */
    @Command(name = "exhaust")
    static final class Exhaust implements Callable<Integer> {
        @Option(names = "--stack")
        boolean stack;

        @Option(names = "--debug")
        boolean debug;

        @Override
        public Integer call() {
            if (stack) {
                throw new StackOverflowError();
            }
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryOrStackIsOneLine_debugShowsTheTrace() {
        StringWriter err = new StringWriter();
        int code = Main.run(new Exhaust(), new String[] {}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("selvedge: out of memory").contains("-Xmx");
        StringWriter stack = new StringWriter();
        assertThat(Main.run(new Exhaust(), new String[] {"--stack"}, new PrintWriter(new StringWriter()), new PrintWriter(stack)))
                .isEqualTo(Main.INVALID);
        assertThat(stack.toString().lines()).singleElement().asString().contains("stack overflow");
        StringWriter debug = new StringWriter();
        Main.run(new Exhaust(), new String[] {"--debug"}, new PrintWriter(new StringWriter()), new PrintWriter(debug));
        assertThat(debug.toString()).contains("java.lang.OutOfMemoryError: Java heap space").contains("\tat ");
    }

    private static void assertNoTrace(CliRun run) {
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("Error:").doesNotContain("\tat ");
    }

    @Test
    void theOneLineReportsAreValidJsonWithJson() throws Exception {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(1 << 20) + 10]);
        CliRun run = CliRun.of("check", "--json", big.toString());
        assertThat(new ObjectMapper().readTree(run.out()).get("recordViolations").get(0).get("code").textValue())
                .isEqualTo("LIMIT_EXCEEDED");
    }
}
