package org.selvedge.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written plain-decimal check accepts exactly what the wire format's pattern accepts. */
class PlainDecimalPropertiesTest {
    private static final Pattern DECIMAL = Pattern.compile(RecordReader.DECIMAL);

    @Provide
    Arbitrary<String> decimalLike() {
        return Arbitraries.strings().withChars("-0123456789.+e ٣").ofMaxLength(8);
    }

    @Property(tries = 5000)
    void agreesWithThePattern(@ForAll("decimalLike") String s) {
        assertThat(RecordReader.plainDecimal(s)).as("\"%s\"", s).isEqualTo(DECIMAL.matcher(s).matches());
    }

    @Test
    void examples() {
        for (String ok : new String[] {"0", "95.00", "-1", "0.5", "1850", "-0.00"}) {
            assertThat(RecordReader.plainDecimal(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"", "-", ".5", "5.", "01", "1e3", "+1", " 1", "1 ", "1.2.3", "٣"}) {
            assertThat(RecordReader.plainDecimal(bad)).as(bad).isFalse();
        }
    }
}
