package org.selvedge.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the shared design examples and standard test vectors ({@code ../shared} beside the
 * repository root). They are never copied into the project: tests read them in place and skip, with
 * a message, where a clone has no {@code ../shared} (CI always has it).
 */
public final class Shared {
    private Shared() {}

    /** The shared folder, or a skipped test when it is absent. */
    public static Path root() {
        Path found = locate();
        assumeTrue(found != null,
                "../shared (design examples and standard test vectors) is not beside this clone: skipping");
        return found;
    }

    /** A path under the shared folder; skips the test when the folder is absent. */
    public static Path path(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "shared file " + relative + " is missing: skipping");
        return p;
    }

    /** The raw bytes of a shared file (vectors are compared byte for byte). */
    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shared file as UTF-8 text. */
    public static String text(String relative) {
        return new String(bytes(relative), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Path locate() {
        String configured = System.getProperty("selvedge.shared");
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        // Walk up from the working directory to the repository root (the folder with .mvn/).
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                Path shared = dir.resolveSibling("shared");
                return Files.isDirectory(shared) ? shared : null;
            }
        }
        return null;
    }
}
