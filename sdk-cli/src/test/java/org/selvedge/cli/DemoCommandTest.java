package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {
    @Test
    void demoTellsTheWholeStoryAndExitsZero() {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("VALID: all 5 claims satisfied")
                .contains("\u2713 VALID   co-signed credential")
                .contains("ATTESTATION_MISSING /credentialSubject/claims/0")
                .contains("SIGNATURE_INVALID /proof/0/proofValue")
                .contains("\u2713 VALID   JWS credential (vc+jwt")
                .contains("Demo complete");
        assertThat(run.err()).isEmpty();
    }
}
