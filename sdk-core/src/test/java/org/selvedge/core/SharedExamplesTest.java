package org.selvedge.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ClaimResult;
import org.selvedge.api.claims.ClaimStatus;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.WageFigures;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.testing.Shared;

/** The worked examples of the design document, read in place from ../shared/examples. */
class SharedExamplesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"examples/co-branded-necklace.json", "examples/felt-artisan-kyrgyzstan.json"})
    void validExamplesSatisfyEveryClaim(String file) {
        ClaimReport report = Selvedge.check(Shared.bytes(file));
        assertThat(report.allViolations()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.claims()).isNotEmpty().allMatch(c -> c.status() == ClaimStatus.SATISFIED);
    }

    @Test
    void failingExampleGivesExactlyTheExpectedVerdicts() throws Exception {
        ClaimReport report = Selvedge.check(Shared.bytes("examples/failing/below-living-wage-and-small-board.json"));
        JsonNode expected = MAPPER.readTree(Shared.bytes("examples/failing/below-living-wage-and-small-board.expected.json"));

        assertThat(report.valid()).isEqualTo(expected.get("valid").booleanValue());
        assertThat(report.recordViolations()).isEmpty();
        assertThat(report.claims()).hasSize(expected.get("claims").size());
        for (int i = 0; i < report.claims().size(); i++) {
            ClaimResult actual = report.claims().get(i);
            JsonNode want = expected.get("claims").get(i);
            assertThat(actual.claim().topic().name()).isEqualTo(want.get("topic").textValue());
            assertThat(actual.claim().producer()).isEqualTo(want.get("producer").textValue());
            assertThat(actual.status().name()).as("claim %d", i).isEqualTo(want.get("status").textValue());
            List<String> wantViolations = new ArrayList<>();
            want.get("violations").forEach(v -> wantViolations.add(v.get("code").textValue() + " " + v.get("path").textValue()));
            assertThat(actual.violations().stream().map(v -> v.code() + " " + v.path()).toList())
                    .as("claim %d", i).containsExactlyElementsOf(wantViolations);
            if (want.has("effectiveHourly")) {
                WageFigures w = (WageFigures) actual.figures();
                assertThat(w.effectiveHourly().toPlainString()).isEqualTo(want.get("effectiveHourly").textValue());
                assertThat(w.benchmarkHourly().toPlainString()).isEqualTo(want.get("benchmarkHourly").textValue());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/co-branded-necklace.json", "examples/felt-artisan-kyrgyzstan.json",
            "examples/failing/below-living-wage-and-small-board.json"})
    void examplesRoundTripThroughJson(String file) throws Exception {
        byte[] original = Shared.bytes(file);
        ProductProvenance record = Selvedge.readRecord(original);
        String written = Selvedge.toJson(record);
        assertThat(Selvedge.readRecord(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(record);
        // Same JSON as the original, member for member (order aside).
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(original));
    }

    @Test
    void violationsCarryAMessageAPersonUnderstands() {
        ClaimReport report = Selvedge.check(Shared.bytes("examples/failing/below-living-wage-and-small-board.json"));
        Violation v = report.claims().get(0).violations().get(0);
        assertThat(v.message()).contains("7.50").contains("8.20");
    }
}
