package org.selvedge.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.verification.IssueCode;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.JsonLimits;
import org.selvedge.core.Selvedge;
import org.selvedge.core.Verifier;
import org.selvedge.core.hostile.HostileCorpus;
import org.selvedge.core.testing.Fixture;

/**
 * A JSON number is accepted only when its exact value is the value of the double that RFC 8785 writes
 * for it, so that no two accepted literals of different value share signed bytes.
 */
class StrictJsonNumbersTest {
    /** Room for the exact binary expansion of any double (up to ~770 digits). */
    private static final JsonLimits LONG_NUMBERS = new JsonLimits(1 << 20, 64, 1 << 16, 1100, 10_000, 10_000);

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345678901234567890", "123456789012345678901234567891", "9007199254740993",
            "-9007199254740993", "1152921504606846976", "1e-400", "-1e-400", "1e-999999999", "4.9e-324",
            "0.1000000000000000055511151231257827", "333333333.33333329", "1.00000000000000001", "-9223372036854775808"})
    void literalsNoDoubleHoldsAreRefusedWithTheirPath(String literal) {
        assertThatThrownBy(() -> StrictJson.parse(("{\"a\":[1," + literal + "]}").getBytes(StandardCharsets.UTF_8), LONG_NUMBERS))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
                    assertThat(e.path()).isEqualTo("/a/1");
                    assertThat(e.getMessage()).contains(literal).contains("cannot be represented exactly as an IEEE-754 double");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "0.0", "-0.00", "1.5", "4.50", "1e30", "1E+30", "2e-3", "5e-324", "-5e-324",
            "1.7976931348623157e308", "9007199254740992", "-9007199254740992", "1152921504606847000", "1.2345678901234568e29",
            "123456789012345680000000000000", "0.1", "333333333.3333333", "2147483648", "-9223372036854776000",
            "100000000000000000000", "0.000001", "1e-7"})
    void literalsWhoseValueJcsWritesAreAccepted(String literal) throws Exception {
        var n = StrictJson.parse(("[" + literal + "]").getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(n.isNumber()).isTrue();
    }

    @Test
    void overflowIsStillReportedAsTooLarge() {
        assertThatThrownBy(() -> StrictJson.parse("[1e400]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
                    assertThat(e.getMessage()).contains("too large");
                });
    }

    /** Every finite double: its JCS form is accepted, and its exact expansion only when it is the same value. */
    @Property(tries = 2000)
    void eachDoubleHasOneAcceptedValue(@ForAll double d) throws Exception {
        Assume.that(Double.isFinite(d));
        String jcs = EcmaNumbers.format(d);
        assertThat(parses(jcs)).as(jcs).isTrue();
        String expansion = new BigDecimal(d).toString();
        boolean sameValue = new BigDecimal(jcs).compareTo(new BigDecimal(d)) == 0;
        assertThat(parses(expansion)).as(expansion).isEqualTo(sameValue);
    }

    /** The fast path (at most 15 significant digits in the normal range) never accepts what the exact rule refuses. */
    @Property(tries = 2000)
    void shortLiteralsAreExactDoubles(@ForAll("shortDecimals") BigDecimal literal) throws Exception {
        double d = literal.doubleValue();
        Assume.that(Double.isFinite(d) && Math.abs(d) >= Double.MIN_NORMAL);
        assertThat(new BigDecimal(EcmaNumbers.format(d)).compareTo(literal)).as(literal.toString()).isZero();
        assertThat(parses(literal.toString())).isTrue();
    }

    @Provide
    Arbitrary<BigDecimal> shortDecimals() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L),
                Arbitraries.integers().between(-320, 320)).as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    }

    @Test
    void aSignedCredentialCannotHaveItsNumberRewrittenToAnotherLiteralOfTheSameDouble() throws Exception {
        String signed = Selvedge.signer(HostileCorpus.issuer()).withClock(HostileCorpus.CLOCK).sign(Selvedge.readRecord(
                Fixture.base().setJson("/extensions", "{\"x\":1.2345678901234568e29}").bytes()));
        Verifier verifier = Selvedge.verifier(HostileCorpus.policy()).withClock(HostileCorpus.CLOCK);
        assertThat(verifier.verify(signed).valid()).isTrue();
        assertThat(signed).contains("1.2345678901234568E+29");
        for (String other : new String[] {"123456789012345678901234567890", "123456789012345678901234567891"}) {
            VerificationResult r = verifier.verify(signed.replace("1.2345678901234568E+29", other));
            assertThat(r.valid()).as(other).isFalse();
            assertThat(r.issues()).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(IssueCode.LIMIT_EXCEEDED);
                assertThat(i.path()).isEqualTo("/credentialSubject/extensions/x");
                assertThat(i.message()).contains("IEEE-754");
            });
        }
    }

    @Test
    void aRecordBuiltInJavaWithSuchANumberIsInvalidAndIsNotSigned() throws Exception {
        var base = Selvedge.readRecord(Fixture.base().bytes());
        var inexact = base.toBuilder().extensions(java.util.Map.of("batch", java.util.List.of(
                java.math.BigInteger.TWO.pow(60).add(java.math.BigInteger.ONE)))).build();
        var report = Selvedge.check(inexact);
        assertThat(report.recordViolations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.INVALID_FIELD);
            assertThat(v.path()).isEqualTo("/extensions/batch/0");
        });
        assertThatThrownBy(() -> Selvedge.signer(HostileCorpus.issuer()).sign(inexact))
                .isInstanceOf(org.selvedge.core.ClaimsViolatedException.class);
        // The near miss: the value JCS writes for that double is accepted.
        var exact = base.toBuilder().extensions(java.util.Map.of("batch", java.util.List.of(
                new java.math.BigInteger("1152921504606847000")))).build();
        assertThat(Selvedge.check(exact).valid()).isTrue();
    }

    private static boolean parses(String literal) throws Exception {
        try {
            StrictJson.parse(("[" + literal + "]").getBytes(StandardCharsets.UTF_8), LONG_NUMBERS);
            return true;
        } catch (JsonInputException e) {
            assertThat(e.code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
            return false;
        }
    }
}
