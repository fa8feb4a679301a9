package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The top-level command: help lists every command, mistakes get suggestions, lost output is an error. */
class MainTest {
    @Test
    void helpListsEveryCommand() {
        for (CliRun help : new CliRun[] {CliRun.of("--help"), CliRun.of("help")}) {
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("check", "keygen", "sign", "verify", "inspect", "export", "demo");
        }
        assertThat(CliRun.of("help", "verify").out()).contains("--trust");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        CliRun r = CliRun.of("verfy", "x.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("verify");
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void outputThatCannotBeWrittenIsAnIoError() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--help"}, new PrintWriter(full), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write to standard output");
    }
}
