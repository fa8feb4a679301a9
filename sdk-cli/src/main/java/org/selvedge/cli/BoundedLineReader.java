package org.selvedge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as bytes with a bound on their length: a hostile multi-gigabyte "line" is skipped to
 * its end and reported, never held in memory. Line ends are {@code \n} (a preceding {@code \r} is
 * dropped); the last line needs no line end.
 */
final class BoundedLineReader {
    /** One line: its bytes, or {@code null} with {@code length} when it was longer than the bound. */
    record Line(byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLength;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;

    BoundedLineReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int n = 0;
        long length = 0;
        boolean overflow = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    if (length == 0) {
                        return null;
                    }
                    break;
                }
            }
            byte b = buf[pos++];
            if (b == '\n') {
                length++;
                break;
            }
            length++;
            if (overflow) {
                continue;
            }
            if (n == maxLength) {
                overflow = true;
                line = null;
                continue;
            }
            if (n == line.length) {
                line = Arrays.copyOf(line, Math.min(maxLength, line.length * 2));
            }
            line[n++] = b;
        }
        if (overflow) {
            return new Line(null, length);
        }
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        return new Line(Arrays.copyOf(line, n), length);
    }

    private boolean fill() throws IOException {
        int r = in.read(buf);
        if (r <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = r;
        return true;
    }
}
