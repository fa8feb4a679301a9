package org.selvedge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selvedge.core.Selvedge;
import org.selvedge.core.testing.Fixture;

/** Batch signing and verification: one result per input line, in order, bad lines reported, the run goes on. */
class BatchCommandTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    Path key;
    String did;
    String good;
    String violated;

    @BeforeEach
    void setUp() throws Exception {
        key = dir.resolve("k.json");
        did = SignVerifyCommandsTest.last(CliRun.of("keygen", "--out", key.toString()).out());
        good = MAPPER.readTree(Fixture.base().bytes()).toString();
        // Two claims broken: the living wage (and the legal minimum) by the pay, WOMEN_LED by the board.
        violated = MAPPER.readTree(Fixture.base().set("/wageEvidence/0/pay/amount", "300.00")
                .set("/producers/0/governance/board/women", 1).bytes()).toString();
    }

    Path records(int n) throws IOException {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(i % 10 == 3 ? violated : i % 10 == 7 ? "{not json" : good);
        }
        Path in = dir.resolve("records.jsonl");
        Files.write(in, records, StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void signThenVerifyABatchWithHostileLines() throws Exception {
        Path in = records(40);
        CliRun signed = CliRun.of("sign", "--batch", in.toString(), "--key", key.toString(), "--threads", "2");
        assertThat(signed.exitCode()).isEqualTo(1); // some lines could not be signed
        List<String> out = signed.out().lines().toList();
        assertThat(out).hasSize(40);
        for (int i = 0; i < 40; i++) {
            JsonNode r = MAPPER.readTree(out.get(i));
            assertThat(r.get("line").intValue()).isEqualTo(i + 1);
            assertThat(r.get("valid").booleanValue()).isEqualTo(i % 10 != 3 && i % 10 != 7);
            assertThat(r.get("reasons").isArray()).isTrue();
        }
        JsonNode first = MAPPER.readTree(out.get(0));
        assertThat(first.get("credential").isObject()).isTrue();
        assertThat(first.get("credential").get("proof")).isNotNull();
        assertThat(first.get("reasons")).isEmpty();

        // Every violation is a reason of its own, with its own code and path.
        JsonNode refused = MAPPER.readTree(out.get(3)).get("reasons");
        List<String> codes = new ArrayList<>();
        refused.forEach(r -> codes.add(r.get("code").textValue() + " " + r.get("path").textValue()));
        assertThat(codes).contains("BELOW_LIVING_WAGE /wageEvidence/0/pay", "BOARD_BELOW_ONE_THIRD /producers/0/governance/board");
        refused.forEach(r -> assertThat(r.get("message").textValue()).isNotBlank().doesNotContain("more)"));
        assertThat(MAPPER.readTree(out.get(7)).get("reasons").get(0).get("code").textValue()).isEqualTo("MALFORMED_JSON");
        assertThat(signed.err()).contains("40 lines: 32 signed, 8 not signed").contains("BOARD_BELOW_ONE_THIRD 4")
                .contains("records/s");

        // The signed credentials, one per line, verify; so do hostile lines get their own results.
        List<String> toVerify = new ArrayList<>();
        for (String line : out) {
            JsonNode r = MAPPER.readTree(line);
            toVerify.add(r.get("valid").booleanValue() ? r.get("credential").toString() : line);
        }
        toVerify.set(0, toVerify.get(0).replace("\"600.00\"", "\"650.00\"")); // tampered
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

    @Test
    void jwtBatchOutputIsJsonLinesToo() throws Exception {
        Path in = records(10);
        CliRun signed = CliRun.of("sign", "--batch", in.toString(), "--key", key.toString(), "--format", "jwt");
        assertThat(signed.exitCode()).isEqualTo(1);
        List<String> out = signed.out().lines().toList();
        assertThat(out).hasSize(10);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            JsonNode r = MAPPER.readTree(out.get(i)); // every line is a JSON object, success or not
            assertThat(r.get("line").intValue()).isEqualTo(i + 1);
            if (r.get("valid").booleanValue()) {
                assertThat(r.get("credential").isTextual()).isTrue();
                tokens.add(r.get("credential").textValue());
            } else {
                assertThat(r.get("reasons")).isNotEmpty();
            }
        }
        assertThat(tokens).hasSize(8);
        Path jws = dir.resolve("tokens.jsonl");
        Files.write(jws, tokens, StandardCharsets.UTF_8);
        CliRun verified = CliRun.of("verify", "--batch", jws.toString(), "--trust-issuer", did);
        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out().lines()).hasSize(8).allMatch(l -> l.contains("\"valid\":true"));
    }

    @Test
    void outWritesTheResultsFileAtomicallyAndNeverReplacesOneWithoutForce() throws Exception {
        Path in = records(20);
        Path results = dir.resolve("signed.jsonl");
        CliRun first = CliRun.of("sign", "--batch", in.toString(), "--key", key.toString(), "--out", results.toString());
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("20 lines: 16 signed, 4 not signed").contains("wrote 20 results to " + results);
        assertThat(Files.readAllLines(results)).hasSize(20);
        assertThat(dir.resolve("signed.jsonl.partial")).doesNotExist();

        String before = Files.readString(results);
        CliRun again = CliRun.of("sign", "--batch", in.toString(), "--key", key.toString(), "--out", results.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(results)).isEqualTo(before);

        Files.write(in, List.of(good, good), StandardCharsets.UTF_8);
        CliRun forced = CliRun.of("sign", "--batch", in.toString(), "--key", key.toString(), "--out", results.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readAllLines(results)).hasSize(2);

        Path verified = dir.resolve("verified.jsonl");
        Files.write(in, List.of(MAPPER.readTree(Files.readAllLines(results).get(0)).get("credential").toString()));
        Files.writeString(dir.resolve("verified.jsonl.partial"), "an earlier run's results\n");
        CliRun left = CliRun.of("verify", "--batch", in.toString(), "--trust-issuer", did, "--out", verified.toString());
        assertThat(left.exitCode()).isEqualTo(2);
        assertThat(left.err()).contains("verified.jsonl.partial: already exists");
        assertThat(Files.readString(dir.resolve("verified.jsonl.partial"))).isEqualTo("an earlier run's results\n");
        CliRun ok = CliRun.of("verify", "--batch", in.toString(), "--trust-issuer", did, "--out", verified.toString(), "--force");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(Files.readString(verified)).contains("\"line\":1,\"valid\":true");
        assertThat(dir.resolve("verified.jsonl.partial")).doesNotExist();
        assertThat(CliRun.of("verify", "--trust-issuer", did, "--out", verified.toString(), in.toString()).exitCode())
                .isEqualTo(2); // --out is for --batch
    }

    /** Lines, then a read error. */
    static InputStream failingAfter(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            int i;

            @Override
            public int read() throws IOException {
                if (i == bytes.length) {
                    throw new IOException("Input/output error");
                }
                return bytes[i++] & 0xff;
            }
        };
    }

    @Test
    void aRunThatFailsLeavesTheTargetAloneAndKeepsTheCompletedResultsInThePartialFile() throws Exception {
        Path results = dir.resolve("results.jsonl");
        Files.writeString(results, "the good results of yesterday\n");
        StringWriter err = new StringWriter();
        String signed = MAPPER.readTree(CliRun.of("sign", "--batch", records(1).toString(), "--key", key.toString()).out())
                .get("credential").toString();
        BatchCommands.Input input = new BatchCommands.Input(failingAfter(signed + "\n" + signed + "\n{\n"), 0, "in.jsonl");
        int code = BatchCommands.run(new BatchCommands.Settings("in.jsonl", 2, results, true, false, null), 2, input, 1 << 20,
                BatchCommands.verifyTask(Selvedge.verifier(new TrustOptionsFor(did).policy()), 1 << 20),
                new PrintWriter(new StringWriter()), new PrintWriter(err, true), "valid", "invalid");
        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(results)).isEqualTo("the good results of yesterday\n");
        Path partial = dir.resolve("results.jsonl.partial");
        List<String> kept = Files.readAllLines(partial);
        assertThat(kept).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(MAPPER.readTree(kept.get(i)).get("line").intValue()).isEqualTo(i + 1);
        }
        assertThat(err.toString()).contains("cannot read in.jsonl after line 3 (Input/output error)")
                .contains(results + " not changed").contains("the 3 results written so far are in " + partial);
    }

    /** A trust policy for one DID, as --trust-issuer makes it. */
    static final class TrustOptionsFor {
        private final TrustOptions options = new TrustOptions();

        TrustOptionsFor(String did) {
            options.issuers = List.of(did);
        }

        org.selvedge.core.trust.TrustPolicy policy() {
            return options.policy();
        }
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
        Path in = records(3);
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
        assertThat(CliRun.of("verify", "--batch", dir.toString(), "--trust-issuer", did).err()).contains("is a directory");
    }

    @Test
    void aBatchOnStandardInputAlsoWorks() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream((good + "\n" + violated + "\n").getBytes(StandardCharsets.UTF_8)));
            CliRun r = CliRun.of("sign", "--batch", "-", "--key", key.toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out().lines()).hasSize(2);
        } finally {
            System.setIn(saved);
        }
    }
}
