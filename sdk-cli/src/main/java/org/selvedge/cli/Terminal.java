package org.selvedge.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** UTF-8 writers on the process's stdout and stderr, whatever the platform's default charset. */
final class Terminal {
    private Terminal() {}

    static PrintWriter stdout() {
        return new Stream(new FileOutputStream(FileDescriptor.out));
    }

    static PrintWriter stderr() {
        return new Stream(new FileOutputStream(FileDescriptor.err));
    }

    /**
     * A PrintWriter on one of the process's streams that also gives the stream itself: a PrintWriter
     * swallows write errors (a full disk, a closed pipe), so commands that must notice them, such as
     * batch runs writing thousands of results, write to {@link #raw()} and see each IOException.
     */
    static final class Stream extends PrintWriter {
        private final OutputStream raw;

        Stream(OutputStream raw) {
            super(new OutputStreamWriter(raw, StandardCharsets.UTF_8), true);
            this.raw = raw;
        }

        /** The unbuffered stream beneath; flush this writer before writing to it. */
        OutputStream raw() {
            return raw;
        }
    }
}
