package org.selvedge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.core.testing.Fixture;

/** The pay-gap tolerance is a share from 0 to 1 with a bounded number of decimals. */
class ClaimCheckerTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "-0.01", "1.01", "0.00000000001", "2"})
    void tolerancesOutOfRangeOrTooFineAreRefusedQuickly(String value) {
        BigDecimal t = new BigDecimal(value);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> ClaimChecker.DEFAULT.withPayGapTolerance(t))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "0.05", "0.0000000001", "0.05000000000000000000", "1.0"})
    void tolerancesWithinAreAccepted(String value) {
        BigDecimal t = new BigDecimal(value);
        assertThat(ClaimChecker.DEFAULT.withPayGapTolerance(t).payGapTolerance()).isEqualByComparingTo(t);
    }

    @Test
    void theSmallestToleranceStillGivesAShortMessage() {
        // Base gap 0.04: over any tolerance below it. The message shows the tolerance as a percentage.
        var r = ClaimChecker.DEFAULT.withPayGapTolerance(new BigDecimal("0.0000000001")).check(Fixture.base().bytes());
        assertThat(r.claims().get(0).violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.GENDER_PAY_GAP);
            assertThat(v.message()).contains("0.00000001%").hasSizeLessThan(200);
        });
    }
}
