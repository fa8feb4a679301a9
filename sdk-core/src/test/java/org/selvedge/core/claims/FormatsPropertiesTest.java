package org.selvedge.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Each hand-written format matcher accepts exactly what its regular expression (the API's constraint) accepts. */
class FormatsPropertiesTest {
    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.strings().withChars("AZPEaz09-:.+/ \t\u00a0é").ofMaxLength(8);
    }

    @Property(tries = 4000)
    void everyMatcherAgreesWithItsExpression(@ForAll("codeLike") String s) {
        for (Formats f : Formats.values()) {
            assertThat(f.matches(s)).as("%s \"%s\"", f, s).isEqualTo(Pattern.compile(f.regex).matcher(s).matches());
        }
    }

    @Property(tries = 1000)
    void uriLikeStrings(@ForAll("uriLike") String s) {
        assertThat(Formats.URI.matches(s)).as("\"%s\"", s).isEqualTo(Pattern.compile(Formats.URI.regex).matcher(s).matches());
    }

    @Provide
    Arbitrary<String> uriLike() {
        Arbitrary<String> scheme = Arbitraries.of("urn", "did", "https", "a+b.c-d", "1x", "", "x y");
        Arbitrary<String> rest = Arbitraries.strings().withChars("uuid:0-9ab/# \n\u2028é").ofMaxLength(6);
        return net.jqwik.api.Combinators.combine(scheme, Arbitraries.of(":", "", "::"), rest).as((a, b, c) -> a + b + c);
    }
}
