package org.selvedge.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.JsonLimits;
import org.selvedge.core.Selvedge;
import org.selvedge.core.Verifier;

/**
 * Every file of the hostile corpus is rejected with its expected code, with a message and (for
 * JSON) a path, and without an exception escaping.
 */
class HostileCorpusTest {
    record Case(String file, String code) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : resource("expected.txt").lines().toList()) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] parts = line.split(" ");
                out.add(new Case(parts[0], parts[1]));
            }
        }
        return out;
    }

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = HostileCorpusTest.class.getResourceAsStream("/hostile/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static String resource(String name) throws IOException {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    @Test
    void everyHostileInputIsRejectedWithItsCode() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        Verifier verifier = Selvedge.verifier(HostileCorpus.policy()).withClock(HostileCorpus.CLOCK);
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            byte[] input = bytes(c.file());
            List<String> codes;
            boolean rejected;
            boolean explained;
            if (c.file().startsWith("records/")) {
                ClaimReport r = Selvedge.check(input);
                rejected = !r.valid();
                codes = r.allViolations().stream().map(v -> v.code().name()).toList();
                explained = r.allViolations().stream().allMatch(v -> !v.message().isBlank());
            } else {
                VerificationResult r = verifier.verify(input);
                rejected = !r.valid();
                codes = r.issues().stream().map(i -> i.code().name()).toList();
                explained = r.issues().stream().allMatch(i -> !i.message().isBlank() && i.path() != null);
            }
            if (!rejected || !codes.contains(c.code()) || !explained) {
                wrong.add(c.file() + ": expected " + c.code() + ", got " + (rejected ? codes : "ACCEPTED"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theUnmodifiedCorpusCredentialVerifies() throws Exception {
        // The corpus's defects are the only reason its files fail: the same credential untouched passes.
        String signed = Selvedge.signer(HostileCorpus.issuer()).withClock(HostileCorpus.CLOCK)
                .sign(Selvedge.readRecord(org.selvedge.core.testing.Fixture.base().bytes()));
        assertThat(Selvedge.verifier(HostileCorpus.policy()).withClock(HostileCorpus.CLOCK).verify(signed).issues()).isEmpty();
    }

    @Test
    void aFourMegabyteStringIsRefusedByTheLimits() {
        String json = "{\"type\":\"ProductProvenance\",\"id\":\"" + "x".repeat(4 << 20) + "\"}";
        ClaimReport bySize = Selvedge.check(json);
        assertThat(bySize.recordViolations()).extracting(Violation::code).extracting(Enum::name).containsExactly("LIMIT_EXCEEDED");
        ClaimReport byString = Selvedge.checker().withJsonLimits(JsonLimits.DEFAULT.withMaxDocumentBytes(8 << 20)).check(
                json.getBytes(StandardCharsets.UTF_8));
        assertThat(byString.recordViolations()).singleElement().satisfies(v -> {
            assertThat(v.code().name()).isEqualTo("LIMIT_EXCEEDED");
            assertThat(v.message()).containsIgnoringCase("string");
        });
    }

    @Test
    void deepNestingIsRefusedByTheLimits() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(Selvedge.check(deep).recordViolations()).extracting(v -> v.code().name()).containsExactly("LIMIT_EXCEEDED");
        VerificationResult r = Selvedge.verifier(HostileCorpus.policy()).verify("{\"a\":" + deep + "}");
        assertThat(r.issues()).extracting(Issue::code).extracting(Enum::name).containsExactly("LIMIT_EXCEEDED");
        assertThat(r.issues().get(0).message()).containsIgnoringCase("depth");
        // Within a configured limit, the same shape is accepted as JSON (and then judged as a record).
        String shallow = "[".repeat(10) + "]".repeat(10);
        assertThat(Selvedge.check(shallow).recordViolations()).extracting(v -> v.code().name()).containsExactly("INVALID_FIELD");
    }

    @Test
    void largeArraysAndObjectsAreRefusedByTheLimits() {
        String manyElements = "[" + "1,".repeat(10_000) + "1]";
        assertThat(Selvedge.check(manyElements).recordViolations().get(0).message()).contains("more than 10000 elements");
        StringBuilder manyMembers = new StringBuilder("{");
        for (int i = 0; i <= 10_000; i++) {
            manyMembers.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        assertThat(Selvedge.check(manyMembers.append('}').toString()).recordViolations().get(0).message())
                .contains("more than 10000 members");
    }
}
