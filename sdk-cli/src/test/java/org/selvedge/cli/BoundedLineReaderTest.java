package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line splitting, line lengths without their line ends, and lines over the bound. */
class BoundedLineReaderTest {
    static List<BoundedLineReader.Line> lines(String text, int max) throws IOException {
        return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    static List<BoundedLineReader.Line> lines(InputStream in, int max) throws IOException {
        BoundedLineReader r = new BoundedLineReader(in, max);
        List<BoundedLineReader.Line> out = new ArrayList<>();
        for (BoundedLineReader.Line l; (l = r.next()) != null; ) {
            out.add(l);
        }
        return out;
    }

    static String text(BoundedLineReader.Line l) {
        return new String(l.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnNewlinesDroppingACarriageReturnAndKeepsEmptyLines() throws IOException {
        List<BoundedLineReader.Line> l = lines("a\r\n\nbc\nlast", 100);
        assertThat(l).extracting(BoundedLineReaderTest::text).containsExactly("a", "", "bc", "last");
        assertThat(l).extracting(BoundedLineReader.Line::length).containsExactly(1L, 0L, 2L, 4L);
        assertThat(lines("", 100)).isEmpty();
        assertThat(lines("\n", 100)).extracting(BoundedLineReaderTest::text).containsExactly("");
        assertThat(lines("x\n", 100)).hasSize(1); // a final line end starts no further line
    }

    @Test
    void aLineOverTheBoundIsReportedWithItsOwnLengthAndReadingGoesOn() throws IOException {
        List<BoundedLineReader.Line> l = lines("0123456789\n0123456789a\r\n0123456789\r\n" + "z".repeat(200_000) + "\nok", 10);
        assertThat(l).hasSize(5);
        assertThat(l.get(0).tooLong()).isFalse(); // exactly at the bound
        assertThat(l.get(1).tooLong()).isTrue();
        assertThat(l.get(1).length()).isEqualTo(11); // neither the \r nor the \n counted
        assertThat(l.get(2).tooLong()).isFalse(); // at the bound with a CRLF line end
        assertThat(text(l.get(2))).isEqualTo("0123456789");
        assertThat(l.get(3).length()).isEqualTo(200_000); // spans many read buffers
        assertThat(text(l.get(4))).isEqualTo("ok");
    }

    @Test
    void countsTheBytesConsumedLineEndsIncluded() throws IOException {
        BoundedLineReader r = new BoundedLineReader(new ByteArrayInputStream("ab\r\ncd\ne".getBytes(StandardCharsets.UTF_8)), 1);
        r.next();
        assertThat(r.consumed()).isEqualTo(4);
        r.next();
        assertThat(r.consumed()).isEqualTo(7);
        r.next();
        assertThat(r.consumed()).isEqualTo(8);
        assertThat(r.next()).isNull();
    }

    @Test
    void longLinesArriveWhole() throws IOException {
        String big = "y".repeat(150_000);
        List<BoundedLineReader.Line> l = lines(big + "\n" + big, 1 << 20);
        assertThat(l).extracting(BoundedLineReaderTest::text).containsExactly(big, big);
    }
}
