package org.selvedge.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.api.verification.IssueCode;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.Selvedge;
import org.selvedge.core.hostile.HostileCorpus;
import org.selvedge.core.testing.Fixture;

/**
 * StrictJson accepts exactly well-formed UTF-8 (RFC 3629): the same byte strings the JDK's
 * reporting decoder accepts, with the offset of the first bad byte.
 */
class StrictJsonUtf8Test {

    /** The offset where the JDK's strict decoder stops with malformed input, or -1 when it decodes all. */
    static int jdkInvalidOffset(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(2 * b.length + 2);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            return in.position();
        }
        return d.flush(out).isError() ? in.position() : -1;
    }

    @Property(tries = 3000)
    void agreesWithTheJdkDecoderOnRandomBytes(@ForAll("bytes") byte[] b) {
        assertThat(StrictJson.invalidUtf8(b)).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(jdkInvalidOffset(b));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        // Boundary bytes of the UTF-8 table, so that every branch is hit often, after an ASCII run of any
        // length (the eight-at-a-time fast path and its tail).
        Arbitrary<Byte> interesting = Arbitraries.of(0x00, 0x2f, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xaf, 0xbf,
                0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff)
                .map(i -> (byte) (int) i);
        Arbitrary<byte[]> tricky = interesting.array(byte[].class).ofMaxSize(12);
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> validText = Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(20)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> tail = Arbitraries.oneOf(tricky, random, validText);
        Arbitrary<byte[]> ascii = Arbitraries.strings().ascii().ofMaxLength(25).map(s -> s.getBytes(StandardCharsets.US_ASCII));
        return Combinators.combine(ascii, tail, ascii).as((a, t, z) -> {
            byte[] all = new byte[a.length + t.length + z.length];
            System.arraycopy(a, 0, all, 0, a.length);
            System.arraycopy(t, 0, all, a.length, t.length);
            System.arraycopy(z, 0, all, a.length + t.length, z.length);
            return all;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"c0af", "e080af", "c1bf", "f4908080", "f5808080", "ff", "eda080", "edbfbf", "e282", "80",
            "f08f8080", "c2"})
    void illFormedSequencesAreMalformedJsonWithTheirByteOffset(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] json = concat("[\"ab".getBytes(StandardCharsets.US_ASCII), bad, "\"]".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> StrictJson.parse(json)).isInstanceOfSatisfying(JsonInputException.class, e -> {
            assertThat(e.code()).isEqualTo(ViolationCode.MALFORMED_JSON);
            assertThat(e.getMessage()).contains("invalid UTF-8 at byte offset 4").doesNotContain("surrogate \\u");
        });
    }

    @Test
    void theReasonNamesTheDefect() {
        assertThat(reason("f4908080")).contains("above U+10FFFF");
        assertThat(reason("f5808080")).contains("never appears in UTF-8");
        assertThat(reason("eda080")).contains("surrogate");
        assertThat(reason("c0af")).contains("overlong");
        assertThat(reason("e080af")).contains("overlong");
        assertThat(reason("e282")).contains("truncated");
        assertThat(reason("80")).contains("continuation byte");
    }

    @Test
    void wellFormedMultiByteTextIsAccepted() throws Exception {
        // Near misses of the rejected sequences: the smallest and largest of each length.
        String text = "\u0080\u07ff\u0800\ud7ff\ue000\uffff\ud800\udc00\udbff\udfff \u20ac caf\u00e9";
        byte[] json = ("[\"" + text + "\"]").getBytes(StandardCharsets.UTF_8);
        assertThat(StrictJson.parse(json).get(0).textValue()).isEqualTo(text);
    }

    @Test
    void aRecordWithAnOverlongSlashIsMalformed() {
        byte[] good = Fixture.base().bytes();
        String s = new String(good, StandardCharsets.UTF_8);
        int at = s.indexOf("Sisal");
        byte[] bad = concat(s.substring(0, at).getBytes(StandardCharsets.UTF_8), new byte[] {'S', (byte) 0xc0, (byte) 0xaf},
                s.substring(at + 1).getBytes(StandardCharsets.UTF_8));
        assertThat(Selvedge.check(bad).recordViolations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.MALFORMED_JSON);
            assertThat(v.message()).contains("byte offset " + (at + 1)).contains("overlong");
        });
    }

    @Test
    void aSignedCredentialWithAnOverlongSlashInItsContextIsRefused() throws Exception {
        String signed = Selvedge.signer(HostileCorpus.issuer()).withClock(HostileCorpus.CLOCK)
                .sign(Selvedge.readRecord(Fixture.base().bytes()));
        var verifier = Selvedge.verifier(HostileCorpus.policy()).withClock(HostileCorpus.CLOCK);
        assertThat(verifier.verify(signed).valid()).isTrue(); // the near miss: untouched, it verifies
        String url = "https://www.w3.org/ns/credentials/v2";
        int at = signed.indexOf(url);
        byte[] mutated = concat(signed.substring(0, at).getBytes(StandardCharsets.UTF_8),
                concat("https:".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xc0, (byte) 0xaf},
                        "/www.w3.org/ns/credentials/v2".getBytes(StandardCharsets.US_ASCII)),
                signed.substring(at + url.length()).getBytes(StandardCharsets.UTF_8));
        VerificationResult r = verifier.verify(mutated);
        assertThat(r.valid()).isFalse();
        assertThat(r.issues()).extracting(i -> i.code()).containsExactly(IssueCode.MALFORMED_INPUT);
        assertThat(r.issues().get(0).message()).contains("invalid UTF-8");
    }

    private static String reason(String hex) {
        byte[] json = concat("[\"".getBytes(StandardCharsets.US_ASCII), java.util.HexFormat.of().parseHex(hex),
                "\"]".getBytes(StandardCharsets.US_ASCII));
        try {
            StrictJson.parse(json);
            throw new AssertionError("accepted " + hex);
        } catch (JsonInputException e) {
            return e.getMessage();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
