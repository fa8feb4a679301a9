package org.selvedge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading input files with one-line errors instead of stack traces: unreadable is a usage or I/O
 * error (exit 2), too large is invalid input (exit 1, {@link TooLarge}).
 *
 * <p>Files are read as streams with a bound, never sized first: {@code Files.size} is 0 for
 * {@code /dev/zero}, FIFOs, {@code /dev/stdin} and {@code <(yes)}, which then filled memory until the
 * JVM died.
 */
final class InputFiles {
    /**
     * The bound for inputs other than records: no credential comes near it (a compact JWS is a third
     * larger than its payload, which the JSON limits hold to 1 MiB by default).
     */
    static final int MAX_INPUT_BYTES = 16 << 20;

    private InputFiles() {}

    /** Input larger than the bound: invalid input, reported in one line with exit code 1. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        TooLarge(Path file, int limit) {
            super(file + ": more than " + limit + " bytes, over the limit of " + limit, null, false, false);
            this.limit = limit;
        }

        int limit() {
            return limit;
        }
    }

    static byte[] read(Path file) {
        return read(file, MAX_INPUT_BYTES);
    }

    /**
     * All of {@code file} (a regular file, a FIFO, a device, standard input), reading at most one byte more
     * than {@code maxBytes} to tell that it is too large.
     *
     * @throws TooLarge when it holds more than {@code maxBytes}
     * @throws UsageException when it cannot be read
     */
    static byte[] read(Path file, int maxBytes) {
        try {
            if (Files.isDirectory(file)) {
                throw new UsageException(file + ": is a directory");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                throw new TooLarge(file, maxBytes);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
