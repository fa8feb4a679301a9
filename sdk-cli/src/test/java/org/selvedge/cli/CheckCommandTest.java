package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selvedge.core.testing.Fixture;
import org.selvedge.core.testing.Shared;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void validExampleExitsZeroWithOneLinePerClaim() {
        CliRun run = CliRun.of("check", Shared.path("examples/co-branded-necklace.json").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\u2713 FAIR_WAGE (LIVING_WAGE)").contains("Warmi Away Weaving Cooperative")
                .contains("effective 9.17 PEN/h vs living wage 8.20 PEN/h").contains("VALID: all 4 claims satisfied");
        assertThat(run.out().lines().filter(l -> l.startsWith("\u2713"))).hasSize(4);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failingExampleExitsOneWithCodesAndPaths() {
        CliRun run = CliRun.of("check", Shared.path("examples/failing/below-living-wage-and-small-board.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\u2717 FAIR_WAGE").contains("BELOW_LIVING_WAGE /wageEvidence/0/pay")
                .contains("BOARD_BELOW_ONE_THIRD /producers/0/governance/board").contains("INVALID: 2 of 4 claims violated");
    }

    @Test
    void jsonOutputCarriesEachViolationsCodeAndPath() throws Exception {
        CliRun run = CliRun.of("check", "--json",
                Shared.path("examples/failing/below-living-wage-and-small-board.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("valid").booleanValue()).isFalse();
        JsonNode first = report.get("claims").get(0);
        assertThat(first.get("status").textValue()).isEqualTo("VIOLATED");
        assertThat(first.get("violations").get(0).get("code").textValue()).isEqualTo("BELOW_LIVING_WAGE");
        assertThat(first.get("violations").get(0).get("path").textValue()).isEqualTo("/wageEvidence/0/pay");
        assertThat(first.get("effectiveHourly").textValue()).isEqualTo("7.50");
        assertThat(first.get("benchmarkHourly").textValue()).isEqualTo("8.20");
    }

    @Test
    void payGapToleranceOption() throws Exception {
        Path record = write(Fixture.base()); // gap 0.04
        assertThat(CliRun.of("check", record.toString()).exitCode()).isZero();
        CliRun strict = CliRun.of("check", "--pay-gap-tolerance", "0.03", record.toString());
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("GENDER_PAY_GAP /wageEvidence/0/genderPay");
    }

    @Test
    void malformedJsonExitsOneWithTheReasonAndNoStackTrace() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"type\": \"ProductProvenance\",,}");
        CliRun run = CliRun.of("check", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("MALFORMED_JSON").contains("line 1");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theWholeRecordIsShownAsTheRecordNotAsSlash() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        CliRun run = CliRun.of("check", empty.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("MALFORMED_JSON (record): document is empty").doesNotContain(" / ");
        // A member named "" is "/" in JSON Pointer, and is shown so.
        Path named = dir.resolve("named.json");
        Files.writeString(named, "{\"\": 1}");
        assertThat(CliRun.of("check", named.toString()).out()).contains("INVALID_FIELD /: is not a field");
    }

    @Test
    void recordDefectsGetTheirCodes() throws Exception {
        Path record = write(Fixture.base().set("/producers/1/revenueShare", "0.5").set("/claims/0/producer", "urn:x:nobody"));
        CliRun run = CliRun.of("check", "--json", record.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("REVENUE_SHARES_EXCEED_TOTAL").contains("UNKNOWN_PRODUCER").contains("/claims/0/producer");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("check").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("check", "--no-such-option", "x.json").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("check", "--pay-gap-tolerance", "1.5", "x.json").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void unreadableFileExitsTwoWithOneLine() {
        CliRun run = CliRun.of("check", dir.resolve("missing.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file").doesNotContain("Exception");
        assertThat(CliRun.of("check", dir.toString()).err()).contains("is a directory");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(CliRun.of("--help").exitCode()).isZero();
        assertThat(CliRun.of("check", "--help").out()).contains("--pay-gap-tolerance");
        assertThat(CliRun.of("--version").exitCode()).isZero();
    }

    private Path write(Fixture f) throws Exception {
        Path p = dir.resolve("record.json");
        Files.write(p, f.bytes());
        return p;
    }
}
