package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selvedge.core.testing.Fixture;

/** Batch signing and verification: one result per input line, in order, bad lines reported, the run goes on. */
class BatchCommandTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void signThenVerifyABatchWithHostileLines() throws Exception {
        Path key = dir.resolve("k.json");
        String did = SignVerifyCommandsTest.last(CliRun.of("keygen", "--out", key.toString()).out());
        String good = MAPPER.readTree(Fixture.base().bytes()).toString();
        String violated = MAPPER.readTree(Fixture.base().set("/wageEvidence/0/pay/amount", "300.00").bytes()).toString();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(i % 10 == 3 ? violated : i % 10 == 7 ? "{not json" : good);
        }
        Path in = dir.resolve("records.jsonl");
        Files.write(in, records, StandardCharsets.UTF_8);

        CliRun signed = CliRun.of("sign", "--batch", in.toString(), "--key", key.toString(), "--threads", "2");
        assertThat(signed.exitCode()).isEqualTo(1); // some lines could not be signed
        List<String> out = signed.out().lines().toList();
        assertThat(out).hasSize(40);
        assertThat(MAPPER.readTree(out.get(0)).get("proof")).isNotNull();
        assertThat(MAPPER.readTree(out.get(3)).get("reasons").get(0).get("code").textValue()).isEqualTo("CLAIM_VIOLATED");
        assertThat(MAPPER.readTree(out.get(7)).get("reasons").get(0).get("code").textValue()).isEqualTo("MALFORMED_JSON");
        assertThat(signed.err()).contains("40 lines: 32 signed, 8 not signed").contains("records/s");

        List<String> toVerify = new ArrayList<>(out);
        toVerify.set(0, out.get(0).replace("\"600.00\"", "\"650.00\"")); // tampered
        toVerify.add("x".repeat(2_000_000)); // far over the line limit
        toVerify.add("");
        toVerify.add("a.b.c");
        Path signedFile = dir.resolve("signed.jsonl");
        Files.write(signedFile, toVerify, StandardCharsets.UTF_8);
        CliRun verified = CliRun.of("verify", "--batch", signedFile.toString(), "--trust-issuer", did);
        assertThat(verified.exitCode()).isEqualTo(1);
        List<String> results = verified.out().lines().toList();
        assertThat(results).hasSize(toVerify.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = MAPPER.readTree(results.get(i));
            assertThat(r.get("line").intValue()).isEqualTo(i + 1);
            boolean expectValid = i > 0 && i < 40 && i % 10 != 3 && i % 10 != 7;
            assertThat(r.get("valid").booleanValue()).as("line %d: %s", i + 1, r).isEqualTo(expectValid);
        }
        assertThat(MAPPER.readTree(results.get(0)).get("reasons").get(0).get("code").textValue()).isEqualTo("SIGNATURE_INVALID");
        JsonNode tooLong = MAPPER.readTree(results.get(40)).get("reasons").get(0);
        assertThat(tooLong.get("code").textValue()).isEqualTo("LIMIT_EXCEEDED");
        // The line's own length: the newline after it is not part of it.
        assertThat(tooLong.get("message").textValue()).isEqualTo("line is 2000000 bytes, over the limit of 1048576 bytes");
        assertThat(verified.err()).contains("43 lines: 31 valid, 12 invalid").contains("SIGNATURE_INVALID 1");
    }

    /** A stream that fails once it is written to, as a full disk does. */
    static final class FullDisk extends Writer {
        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void aWriteErrorOnStandardOutputIsAnErrorNotASuccess() throws Exception {
        Path key = dir.resolve("k.json");
        CliRun.of("keygen", "--out", key.toString());
        Path in = dir.resolve("records.jsonl");
        String good = MAPPER.readTree(Fixture.base().bytes()).toString();
        Files.write(in, List.of(good, good, good), StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"sign", "--batch", in.toString(), "--key", key.toString()},
                new PrintWriter(new FullDisk()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write results to standard output").doesNotContain("3 lines:");
    }

    @Test
    void usage() {
        assertThat(CliRun.of("verify", "--batch", dir.resolve("none.jsonl").toString(), "--trust-issuer", "did:key:z6Mk").exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("verify", "--batch", "x.jsonl").exitCode()).isEqualTo(2); // no trust
        assertThat(CliRun.of("verify", "--batch", "x.jsonl", "--trust-issuer", "did:key:z", "--threads", "0").exitCode()).isEqualTo(2);
    }
}
