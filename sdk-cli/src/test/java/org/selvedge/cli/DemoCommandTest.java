package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {
    @Test
    void demoTellsTheWholeStoryAndExitsZero() {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("VALID: all 5 claims satisfied")
                .contains("BELOW_LIVING_WAGE /wageEvidence/0/pay")
                .contains("Demo complete");
        assertThat(run.err()).isEmpty();
    }
}
