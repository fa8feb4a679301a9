package org.selvedge.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.claims.WageFigures;
import org.selvedge.core.ClaimChecker;
import org.selvedge.core.JsonLimits;
import org.selvedge.core.Selvedge;
import org.selvedge.core.testing.Fixture;

/**
 * Checking cost grows with the size of a record, not with products of its parts. The inputs are
 * generated here; the bound is a generous timeout (the quadratic versions took minutes), not a timing.
 */
class ClaimCostTest {
    private static final Duration GENEROUS = Duration.ofSeconds(10);
    private static final String COOP = "urn:uuid:c0000000-0000-4000-8000-000000000001";
    private static final String ARTISAN = "urn:uuid:a0000000-0000-4000-8000-000000000002";

    @Test
    void thousandsOfClaimsEvidenceEntriesAndBenchmarks() {
        // About 1 MB: 2,500 claims, 2,500 evidence entries, 3,500 benchmarks (5 min 47 s when every claim
        // scanned every benchmark for every entry).
        ObjectNode root = Fixture.base().tree();
        hourlyEvidence(root, 2_500, i -> (150 + i % 50) + ".00");
        ArrayNode benchmarks = root.putArray("benchmarks");
        for (int i = 0; i < 3_500; i++) {
            ObjectNode b = benchmarks.addObject();
            b.put("kind", i % 2 == 0 ? "LIVING_WAGE" : "LEGAL_MINIMUM").put("region", i % 7 == 0 ? "KE" : "KE-14")
                    .put("year", 2026 - i % 3).put("currency", "KES").put("source", "figure " + i);
            b.putObject("pay").put("basis", "HOURLY").put("amount", (80 + i % 40) + ".00");
        }
        ArrayNode claims = root.putArray("claims");
        for (int i = 0; i < 2_500; i++) {
            claims.addObject().put("topic", "FAIR_WAGE").put("producer", i % 2 == 0 ? COOP : ARTISAN)
                    .put("basis", i % 4 < 2 ? "LIVING_WAGE" : "LEGAL_MINIMUM");
        }
        byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(json.length).isGreaterThan(900_000);
        ClaimChecker checker = Selvedge.checker().withJsonLimits(JsonLimits.DEFAULT.withMaxDocumentBytes(4 << 20));
        ClaimReport r = assertTimeoutPreemptively(GENEROUS, () -> checker.check(json));
        assertThat(r.recordViolations()).isEmpty();
        assertThat(r.claims()).hasSize(2_500).allMatch(c -> c.satisfied());
        // Every entry judged against the highest of its tied benchmarks: 118.00 for a KE-14 living wage in 2026.
        assertThat(((WageFigures) r.claims().get(0).figures()).benchmarkHourly()).isEqualByComparingTo("118.00");
    }

    @Test
    void tenThousandEmptyEvidenceEntries() {
        // 80 KB: every entry is an unknown member plus six missing fields, each a violation whose path is
        // compared with the reader's problems (17.6 s when each was compared with all of them).
        StringBuilder evidence = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            evidence.append(i == 0 ? "" : ",").append("{\"x\":1}");
        }
        byte[] json = Fixture.base().setJson("/wageEvidence", evidence.append(']').toString()).bytes();
        ClaimReport r = assertTimeoutPreemptively(GENEROUS, () -> Selvedge.check(json));
        assertThat(r.valid()).isFalse();
        // 70,000 record-wide violations (one unknown member and six missing fields per entry): 1,000 listed,
        // then the count of the rest; each claim keeps its first reason at most.
        assertThat(r.recordViolations()).hasSize(ClaimReport.MAX_VIOLATIONS + 1);
        assertThat(r.recordViolations().get(0).path()).isEqualTo("/wageEvidence/0/x");
        Violation last = r.recordViolations().get(ClaimReport.MAX_VIOLATIONS);
        assertThat(last.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
        assertThat(last.path()).isEmpty();
        // Past the bound each of the two FAIR_WAGE claims keeps one of its eight reasons (the first entry's
        // seven problems, since an entry naming no producer may be anyone's, and NO_WAGE_EVIDENCE).
        assertThat(last.message()).startsWith((70_000 - 1_000 + 2 * 7) + " more violations are not listed");
        assertThat(r.claims()).allMatch(c -> c.violations().size() <= 1);
        assertThat(r.claims().get(0).violations()).extracting(Violation::path).containsExactly("/wageEvidence/0/x");
    }

    @Test
    void thousandsOfViolatedClaimsListABoundedNumberOfViolations() {
        // 2,500 claims, each below the living wage on 1,250 entries: 3 million violations unbounded.
        ObjectNode root = Fixture.base().tree();
        hourlyEvidence(root, 2_500, i -> "90.00");
        ArrayNode claims = root.putArray("claims");
        for (int i = 0; i < 2_500; i++) {
            claims.addObject().put("topic", "FAIR_WAGE").put("producer", i % 2 == 0 ? COOP : ARTISAN);
        }
        byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
        ClaimReport r = assertTimeoutPreemptively(GENEROUS, () -> Selvedge.check(json));
        assertThat(r.claims()).hasSize(2_500).noneMatch(c -> c.satisfied());
        assertThat(r.allViolations().size()).isLessThanOrEqualTo(ClaimReport.MAX_VIOLATIONS + 2_500 + 1);
        assertThat(r.claims().get(0).violations()).hasSize(ClaimReport.MAX_VIOLATIONS);
        assertThat(r.claims().get(1).violations()).hasSize(1);
        assertThat(r.recordViolations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
            // 90.00/h is above the legal minimum (80/h) and below the living wage (100/h): 1,250 violations
            // per claim. The first claim lists 1,000 of its own, every other one its first.
            assertThat(v.message()).startsWith((2_500L * 1_250 - ClaimReport.MAX_VIOLATIONS - (2_500 - 1)) + " more");
        });
    }

    /** {@code count} hourly evidence entries in KES for the two producers in turn, amount by index. */
    private static void hourlyEvidence(ObjectNode root, int count, java.util.function.IntFunction<String> amount) {
        ArrayNode evidence = root.putArray("wageEvidence");
        for (int i = 0; i < count; i++) {
            ObjectNode e = evidence.addObject();
            e.put("producer", i % 2 == 0 ? COOP : ARTISAN).put("workerGroup", "group " + i);
            e.putObject("workers").put("total", 2).put("women", 1);
            e.putObject("period").put("from", "2026-01-01").put("to", "2026-06-30");
            e.put("currency", "KES").putObject("pay").put("basis", "HOURLY").put("amount", amount.apply(i));
        }
    }
}
