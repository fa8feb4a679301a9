package org.selvedge.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.core.Selvedge;
import org.selvedge.core.testing.Fixture;

/**
 * Checking cost grows with the size of a record, not with products of its parts. The inputs are
 * generated here; the bound is a generous timeout (the quadratic versions took minutes), not a timing.
 */
class ClaimCostTest {
    private static final Duration GENEROUS = Duration.ofSeconds(10);

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
        assertThat(r.recordViolations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("/wageEvidence/9999/x"));
    }
}
