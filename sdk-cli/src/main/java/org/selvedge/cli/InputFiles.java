package org.selvedge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading input files with one-line errors (exit code 2) instead of stack traces. */
final class InputFiles {
    /** Larger inputs are refused before reading: no provenance file comes near this. */
    static final long MAX_INPUT_BYTES = 16L << 20;

    private InputFiles() {}

    static byte[] read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new UsageException(file + ": is a directory");
            }
            long size = Files.size(file);
            if (size > MAX_INPUT_BYTES) {
                throw new UsageException(file + ": " + size + " bytes is too large for a provenance file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
