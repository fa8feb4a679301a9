package org.selvedge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.core.testing.Fixture;

/** The depth limit cannot be raised past what the recursive tree builder survives. */
class JsonLimitsTest {

    @Test
    void depthAboveTheCapIsRefused() {
        assertThatThrownBy(() -> JsonLimits.DEFAULT.withMaxDepth(1_000_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1000");
        assertThatThrownBy(() -> JsonLimits.DEFAULT.withMaxDepth(JsonLimits.MAX_DEPTH + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JsonLimits.DEFAULT.withMaxDepth(JsonLimits.MAX_DEPTH).maxDepth()).isEqualTo(1_000);
    }

    @Test
    void atTheCapADeepDocumentIsJudgedAndADeeperOneRefused_onASmallStack() throws Exception {
        ClaimChecker checker = Selvedge.checker().withJsonLimits(JsonLimits.DEFAULT.withMaxDepth(JsonLimits.MAX_DEPTH));
        int deep = JsonLimits.MAX_DEPTH - 2; // extensions -> x -> 998 arrays
        byte[] atCap = Fixture.base().setJson("/extensions", "{\"x\":" + "[".repeat(deep) + "]".repeat(deep) + "}").bytes();
        byte[] far = ("{\"a\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}").getBytes(StandardCharsets.UTF_8);
        AtomicReference<ClaimReport> judged = new AtomicReference<>();
        AtomicReference<ClaimReport> refused = new AtomicReference<>();
        AtomicReference<Boolean> verified = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        JsonLimits deepest = JsonLimits.DEFAULT.withMaxDepth(JsonLimits.MAX_DEPTH);
        Verifier verifier = Selvedge.verifier(org.selvedge.core.hostile.HostileCorpus.policy())
                .withClock(org.selvedge.core.hostile.HostileCorpus.CLOCK).withJsonLimits(deepest);
        // 512 KiB: half of the JVM's default thread stack, set explicitly so that a larger -Xss
        // in the build cannot hide a regression; the tree itself is built without recursion.
        Thread t = new Thread(null, () -> {
            try {
                judged.set(checker.check(atCap));
                refused.set(checker.check(far));
                // Verifying at the cap (canonicalization included): a signed credential whose subject then
                // got deep extensions. It must fail on its signature, not throw.
                String signed = Selvedge.signer(org.selvedge.core.hostile.HostileCorpus.issuer())
                        .withClock(org.selvedge.core.hostile.HostileCorpus.CLOCK)
                        .sign(Selvedge.readRecord(Fixture.base().setJson("/extensions", "{\"x\":[]}").bytes()));
                String tampered = signed.replace("\"x\" : [ ]", "\"x\" : " + "[".repeat(deep - 1) + "]".repeat(deep - 1));
                if (tampered.equals(signed)) {
                    throw new AssertionError("the extension was not found in the signed credential");
                }
                var result = verifier.verify(tampered);
                verified.set(!result.valid() && result.issues().stream()
                        .anyMatch(i -> i.code() == org.selvedge.api.verification.IssueCode.SIGNATURE_INVALID));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "small-stack", 512 * 1024);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            t.start();
            t.join();
        });
        assertThat(thrown.get()).isNull();
        assertThat(judged.get().valid()).isTrue();
        assertThat(verified.get()).isTrue();
        assertThat(refused.get().recordViolations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
            assertThat(v.message()).contains("over the limit of 1000");
        });
    }
}
