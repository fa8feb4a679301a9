package org.selvedge.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selvedge.core.testing.Shared;

/** RFC 8785 (JCS): the reference documents and every line of numbers-100k.txt, read in place. */
class Rfc8785VectorsTest {
    /**
     * The reference document holding 333333333.33333329, which no double holds (JCS writes
     * 333333333.3333333). The strict parser refuses such literals, since a signature over the canonical
     * form would not fix their value, so that one document is read leniently: the canonicalizer is what
     * these vectors test.
     */
    private static final String INEXACT = "values";

    private static com.fasterxml.jackson.databind.JsonNode lenient(byte[] json) throws IOException {
        return new ObjectMapper().readTree(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void referenceDocumentsCanonicalizeByteForByte(String name) throws IOException {
        byte[] input = Shared.bytes("vectors/rfc8785/input/" + name + ".json");
        byte[] expected = Shared.bytes("vectors/rfc8785/output/" + name + ".json");
        byte[] actual = name.equals(INEXACT) ? Jcs.canonicalize(lenient(input)) : Jcs.canonicalize(input);
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        String hex = Shared.text("vectors/rfc8785/outhex/" + name + ".txt").replaceAll("\\s+", "");
        assertThat(actual).isEqualTo(HexFormat.of().parseHex(hex));
    }

    @Test
    void everyNumberOfTheHundredThousandLineFile() throws IOException {
        List<String> failures = new ArrayList<>();
        int lines = 0;
        try (BufferedReader r = Files.newBufferedReader(Shared.path("vectors/rfc8785/numbers-100k.txt"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lines++;
                int comma = line.indexOf(',');
                double d = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, comma), 16));
                String expected = line.substring(comma + 1);
                String actual = EcmaNumbers.format(d);
                if (!actual.equals(expected) || Double.parseDouble(expected) != d) {
                    failures.add(line + " -> " + actual);
                }
            }
        }
        assertThat(lines).isEqualTo(100_000);
        assertThat(failures).as("%d of %d lines differ", failures.size(), lines).isEmpty();
    }

    @Test
    void theStrictParserRefusesTheReferenceNumberNoDoubleHolds() {
        assertThatThrownBy(() -> Jcs.canonicalize(Shared.bytes("vectors/rfc8785/input/values.json")))
                .isInstanceOf(JcsException.class).hasMessageContaining("333333333.33333329")
                .hasMessageContaining("at /numbers/0");
    }

    @Test
    void nonFiniteNumbersAreRejected() {
        assertThatThrownBy(() -> EcmaNumbers.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcmaNumbers.format(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize("[1e400]".getBytes(StandardCharsets.UTF_8))).isInstanceOf(JcsException.class);
    }

    @Test
    void loneSurrogatesAreRejectedInValuesAndKeys() {
        for (String json : new String[] {"[\"\\ud800\"]", "[\"\\udc00\"]", "{\"\\ud83d\":1}", "[\"a\\ud83dz\"]"}) {
            assertThatThrownBy(() -> Jcs.canonicalize(json.getBytes(StandardCharsets.UTF_8))).as(json)
                    .isInstanceOf(JcsException.class).hasMessageContaining("surrogate");
        }
        assertThat(new String(Jcs.canonicalize("[\"\\ud83d\\ude00\"]".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("[\"\uD83D\uDE00\"]");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> Jcs.canonicalize("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(JcsException.class);
    }

    @Test
    void escapesAndOrdering() {
        String in = "{\"b\":\"\\u000f\\n\\\"\\\\/\u20ac\",\"\uD83D\uDE00\":1,\"\uFB33\":2,\"a\":[true,false,null,-0.0,1E2,4.50]}";
        assertThat(new String(Jcs.canonicalize(in.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":[true,false,null,0,100,4.5],\"b\":\"\\u000f\\n\\\"\\\\/\u20ac\",\"\uD83D\uDE00\":1,\"\uFB33\":2}");
    }

    /** Leaving a member out (a credential's proof, a proof's proofValue) is the same as removing it first. */
    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void canonicalizingWithoutAMemberEqualsCanonicalizingACopyWithoutIt(String name) throws Exception {
        byte[] input = Shared.bytes("vectors/rfc8785/input/" + name + ".json");
        com.fasterxml.jackson.databind.JsonNode tree = name.equals(INEXACT) ? lenient(input) : StrictJson.parse(input);
        if (!tree.isObject()) {
            return;
        }
        for (java.util.Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String member = it.next();
            com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) tree).deepCopy();
            copy.remove(member);
            assertThat(Jcs.canonicalizeWithout((com.fasterxml.jackson.databind.node.ObjectNode) tree, member))
                    .as(name + " without " + member).isEqualTo(Jcs.canonicalize(copy));
        }
        assertThat(Jcs.canonicalizeWithout((com.fasterxml.jackson.databind.node.ObjectNode) tree, "no such member"))
                .isEqualTo(Shared.bytes("vectors/rfc8785/output/" + name + ".json"));
    }
}
