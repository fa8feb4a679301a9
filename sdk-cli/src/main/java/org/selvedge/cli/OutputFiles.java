package org.selvedge.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
     * The folder {@code target} will be written in, after the checks every output makes: not a device
     * or pipe, not an existing file unless {@code overwrite}, in a folder that exists.
     */
    private static Path writableFolder(Path target, boolean overwrite) {
        Path dir = target.toAbsolutePath().getParent();
        notSpecial(target);
        if (!overwrite && Files.exists(target)) {
            throw new UsageException(target + ": already exists (use --force to replace it)");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException(target + ": the folder " + dir + " does not exist");
        }
        return dir;
    }

    /**
     * Writes {@code text} to {@code target} atomically.
     *
     * @param ownerOnly create the file readable and writable by its owner alone (private keys)
     * @param overwrite replace an existing file; otherwise an existing file is a usage error
     */
    static void write(Path target, String text, boolean ownerOnly, boolean overwrite) {
        Path dir = writableFolder(target, overwrite);
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

    /**
     * Opens {@code FILE.partial} beside {@code target} for results written as they come (batch runs);
     * {@link Partial#commit()} renames it over the target at the end, so the target only ever holds a
     * complete run. Checked up front: the folder exists, the target is not a folder, and neither the
     * target nor an earlier run's partial file is replaced without {@code overwrite}.
     */
    static Partial partial(Path target, boolean overwrite) {
        Path dir = writableFolder(target, overwrite);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            if (overwrite) {
                Files.deleteIfExists(partial);
            }
            Files.createFile(partial);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(partial + ": already exists (partial results of an earlier run?);"
                    + " move it away or use --force to replace it");
        } catch (IOException e) {
            throw new UsageException(partial + ": cannot write (" + e.getMessage() + ")");
        }
        try {
            return new Partial(target, partial, overwrite, new FileOutputStream(partial.toFile()));
        } catch (IOException e) {
            throw new UsageException(partial + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /**
     * Results being written to {@code FILE.partial}. Its owner calls {@link #checkpoint()} after each
     * successful flush; on a failure {@link #abandon()} cuts the file back to the last checkpoint, so
     * it ends with a complete result.
     */
    static final class Partial {
        private final Path target;
        private final Path path;
        private final boolean overwrite;
        private final FileOutputStream file;
        private long good;
        private boolean closed;

        private Partial(Path target, Path path, boolean overwrite, FileOutputStream file) {
            this.target = target;
            this.path = path;
            this.overwrite = overwrite;
            this.file = file;
        }

        Path path() {
            return path;
        }

        Path target() {
            return target;
        }

        /** Where results are written (not buffered: its owner buffers). */
        OutputStream stream() {
            return file;
        }

        /** Everything written so far reached the file: a failure later keeps it. */
        void checkpoint() throws IOException {
            good = file.getChannel().position();
        }

        /** Flushes to disk and renames the partial file over the target (atomically where the file system can). */
        void commit() throws IOException {
            checkpoint();
            file.getChannel().force(true);
            file.close();
            closed = true;
            if (overwrite) {
                move(path, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                move(path, target);
            }
        }

        /**
         * Leaves the target as it was and keeps the results up to the last checkpoint in the partial
         * file, on disk; an empty partial file is removed.
         *
         * @return whether the partial file was kept (it has at least one result)
         */
        boolean abandon() {
            try {
                if (!closed) {
                    if (file.getChannel().size() > good) {
                        file.getChannel().truncate(good); // a result cut short by the failure
                    }
                    file.getChannel().force(true);
                    file.close();
                    closed = true;
                }
                if (good == 0) {
                    Files.deleteIfExists(path);
                    return false;
                }
            } catch (IOException e) {
                // best effort: what reached the file stays there
            }
            return good > 0;
        }
    }

    static void move(Path from, Path to, StandardCopyOption... options) throws IOException {
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

    /**
     * Output files are regular files: a folder is refused, and so is a device or a pipe, which a rename
     * would replace rather than write to (to write to one, redirect standard output to it).
     */
    private static void notSpecial(Path target) {
        if (Files.isDirectory(target)) {
            throw new UsageException(target + ": is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new UsageException(target + ": is not a regular file (a device or a pipe?); redirect standard output"
                    + " to it instead of --out");
        }
    }

    private static boolean supportsPosix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
