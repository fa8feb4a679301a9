package org.selvedge.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast path for yyyy-MM-ddTHH:mm:ssZ gives exactly the ISO formatter's verdict and instant. */
class TimestampPropertiesTest {
    @Provide
    Arbitrary<String> nearlyTimestamps() {
        Arbitrary<String> two = Arbitraries.integers().between(0, 99).map(i -> String.format("%02d", i));
        Arbitrary<String> year = Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i));
        Arbitrary<String> valid = Combinators.combine(year, two, two, two, two, two)
                .as((y, mo, d, h, mi, se) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + se + "Z");
        Arbitrary<String> mangled = valid.flatMap(v -> Arbitraries.integers().between(0, v.length() - 1)
                .flatMap(i -> Arbitraries.of('-', ':', 'T', 'Z', 'x', '9', ' ', '+').map(c -> v.substring(0, i) + c + v.substring(i + 1))));
        return Arbitraries.oneOf(valid, mangled);
    }

    @Property(tries = 5000)
    void fastPathAgreesWithTheFormatter(@ForAll("nearlyTimestamps") String s) {
        assertThat(Credentials.parseTimestamp(s)).as(s).isEqualTo(Credentials.parseTimestampWithFormatter(s));
    }
}
