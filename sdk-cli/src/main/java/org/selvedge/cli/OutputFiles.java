package org.selvedge.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writing output files so that a crash never leaves a half-written file and never replaces a good
 * one with a partial one: write a temporary file beside the target, flush it to disk, then rename.
 */
final class OutputFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OutputFiles() {}

    /**
     * Writes {@code text} to {@code target} atomically.
     *
     * @param ownerOnly create the file readable and writable by its owner alone (private keys)
     * @param overwrite replace an existing file; otherwise an existing file is a usage error
     */
    static void write(Path target, String text, boolean ownerOnly, boolean overwrite) {
        Path dir = target.toAbsolutePath().getParent();
        if (!overwrite && Files.exists(target)) {
            throw new UsageException(target + ": already exists (use --force to replace it)");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException(target + ": the folder " + dir + " does not exist");
        }
        Path tmp = null;
        try {
            tmp = ownerOnly && supportsPosix(dir)
                    ? Files.createTempFile(dir, "." + target.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (overwrite) {
                move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                move(tmp, target);
            }
            tmp = null;
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(target + ": already exists (use --force to replace it)");
        } catch (IOException e) {
            throw new UsageException(target + ": cannot write (" + e.getMessage() + ")");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }

    private static void move(Path from, Path to, StandardCopyOption... options) throws IOException {
        if (options.length == 0) {
            // No replacement wanted: a hard link fails if the target appeared meanwhile; then drop the temp.
            try {
                Files.createLink(to, from);
                Files.delete(from);
                return;
            } catch (UnsupportedOperationException e) {
                Files.move(from, to);
                return;
            }
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean supportsPosix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
