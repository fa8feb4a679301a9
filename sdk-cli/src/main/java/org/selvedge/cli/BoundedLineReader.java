package org.selvedge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as bytes with a bound on their length: a hostile multi-gigabyte "line" is skipped to
 * its end and reported, never held in memory. Line ends are {@code \n} (a preceding {@code \r} is
 * dropped); the last line needs no line end.
 *
 * <p>Memory: one 64 KiB read buffer and one scratch buffer that grows to the longest line seen (at
 * most the bound plus one byte) and is reused, plus the exact-size copy of each line returned.
 */
final class BoundedLineReader {
    /**
     * One line: its bytes, or {@code null} when it was longer than the bound; {@code length} is the
     * line's own length in bytes, without its line end ({@code \n} or {@code \r\n}).
     */
    record Line(byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLength;
    private final Runnable lowMemory;
    private final byte[] buf = new byte[1 << 16];
    private byte[] scratch = new byte[256];
    private int pos;
    private int limit;
    private boolean eof;
    private long consumed;

    BoundedLineReader(InputStream in, int maxLength) {
        this(in, maxLength, () -> {});
    }

    /**
     * @param lowMemory called when allocating a line's bytes runs out of memory, before trying once
     *     more (e.g. wait until the lines in flight are done); a second failure is thrown
     */
    BoundedLineReader(InputStream in, int maxLength, Runnable lowMemory) {
        this.in = in;
        this.maxLength = maxLength;
        this.lowMemory = lowMemory;
    }

    /** Bytes of input consumed so far, line ends included. */
    long consumed() {
        return consumed;
    }

    /** The next line, or {@code null} at the end of the input. */
    Line next() throws IOException {
        int n = 0; // bytes kept in scratch
        long length = 0; // bytes of the line, possibly with a final '\r' still counted
        boolean any = false;
        boolean overflow = false;
        boolean lastWasCr = false;
        while (true) {
            if (pos == limit && (eof || !fill())) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = pos;
            int end = start;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            int chunk = end - start;
            if (chunk > 0) {
                lastWasCr = buf[end - 1] == '\r';
                length += chunk;
                // Room for the bound plus one byte: a final '\r' of a line exactly at the bound.
                if (!overflow && (long) n + chunk > (long) maxLength + 1) {
                    overflow = true;
                }
                if (!overflow) {
                    if (n + chunk > scratch.length) {
                        scratch = grow(scratch, n, Math.min(maxLength + 1, Math.max(n + chunk, scratch.length * 2)));
                    }
                    System.arraycopy(buf, start, scratch, n, chunk);
                    n += chunk;
                }
            }
            boolean newline = end < limit;
            pos = newline ? end + 1 : end;
            consumed += chunk + (newline ? 1 : 0);
            if (newline) {
                break;
            }
        }
        if (lastWasCr) {
            length--;
            n--;
        }
        if (overflow || length > maxLength) {
            return new Line(null, length);
        }
        return new Line(copy(scratch, n), length);
    }

    private byte[] grow(byte[] old, int keep, int size) {
        byte[] bigger;
        try {
            bigger = new byte[size];
        } catch (OutOfMemoryError e) {
            lowMemory.run();
            bigger = new byte[size];
        }
        System.arraycopy(old, 0, bigger, 0, keep);
        return bigger;
    }

    private byte[] copy(byte[] from, int n) {
        try {
            return Arrays.copyOf(from, n);
        } catch (OutOfMemoryError e) {
            lowMemory.run();
            return Arrays.copyOf(from, n);
        }
    }

    private boolean fill() throws IOException {
        int r = in.read(buf);
        if (r <= 0) {
            // read() returns 0 only for a zero-length buffer; treat anything but data as the end.
            eof = true;
            return false;
        }
        pos = 0;
        limit = r;
        return true;
    }
}
