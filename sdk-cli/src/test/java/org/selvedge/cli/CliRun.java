package org.selvedge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {
    /** Runs {@code selvedge keygen --out file [--alg alg]}, which must succeed; the DID it prints last. */
    static String keygen(java.nio.file.Path file, String alg) {
        CliRun r = alg == null ? of("keygen", "--out", file.toString()) : of("keygen", "--alg", alg, "--out", file.toString());
        if (r.exitCode() != 0) {
            throw new AssertionError("keygen failed: " + r.err());
        }
        return r.lastLine();
    }

    /** The last line of standard output. */
    String lastLine() {
        java.util.List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
