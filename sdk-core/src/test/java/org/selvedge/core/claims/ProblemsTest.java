package org.selvedge.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;

/** The problem index answers as a scan of every problem path would. */
class ProblemsTest {

    @Property(tries = 500)
    void answersAsAScanWould(@ForAll("pathLists") List<String> problemPaths, @ForAll("paths") String query) {
        Problems index = new Problems();
        problemPaths.forEach(p -> index.add(new Violation(ViolationCode.INVALID_FIELD, p, "x")));
        boolean under = problemPaths.stream().anyMatch(p -> within(p, query));
        boolean above = problemPaths.stream().anyMatch(p -> within(query, p));
        assertThat(index.atOrUnder(query)).as("at or under %s", query).isEqualTo(under);
        assertThat(index.atOrAbove(query)).as("at or above %s", query).isEqualTo(above);
        assertThat(index.overlaps(query)).isEqualTo(under || above);
        String element = Problems.element(query);
        assertThat(index.under(element)).extracting(Violation::path)
                .containsExactlyElementsOf(problemPaths.stream().filter(p -> Problems.element(p).equals(element)).toList());
    }

    @Test
    void elementsAreTheFirstTwoSegments() {
        assertThat(Problems.element("/wageEvidence/3/pay/amount")).isEqualTo("/wageEvidence/3");
        assertThat(Problems.element("/wageEvidence/3")).isEqualTo("/wageEvidence/3");
        assertThat(Problems.element("/claims")).isEqualTo("/claims");
        assertThat(Problems.element("")).isEmpty();
        assertThat(new Problems().atOrUnder("")).isFalse();
    }

    /** The reference: {@code path} is {@code ancestor} or lies under it. */
    private static boolean within(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith(ancestor + "/");
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.of("a", "b", "ab", "0", "1", "10", "");
        return segment.list().ofMaxSize(4).map(s -> s.isEmpty() ? "" : "/" + String.join("/", s));
    }

    @Provide
    Arbitrary<List<String>> pathLists() {
        return paths().list().ofMaxSize(8);
    }
}
