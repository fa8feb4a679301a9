package org.selvedge.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Base58Test {
    @Test
    void knownAnswers() {
        assertThat(Base58.encode(new byte[0])).isEmpty();
        assertThat(Base58.encode("Hello World!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("2NEpo7TZRRrLZSi2U");
        assertThat(Base58.encode(new byte[] {0, 0, 1})).isEqualTo("112");
        assertThat(Base58.decode("112")).containsExactly(0, 0, 1);
        assertThat(Base58.encode(new byte[] {0})).isEqualTo("1");
        assertThat(new String(Base58.decode("2NEpo7TZRRrLZSi2U"), StandardCharsets.US_ASCII)).isEqualTo("Hello World!");
    }

    @Test
    void charactersOutsideTheAlphabetAreRefused() {
        for (String bad : new String[] {"0", "O", "I", "l", "+", " ", "é"}) {
            assertThatThrownBy(() -> Base58.decode("2N" + bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Multibase.decodeBase58btc("u2NEpo")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void roundTrip(@ForAll byte[] bytes) {
        assertThat(Base58.decode(Base58.encode(bytes))).isEqualTo(bytes);
    }

    /** The limb-wise conversion against the definition: leading '1's for zero bytes, then the number in base 58. */
    @Property(tries = 2000)
    void encodingIsTheNumberInBase58(@ForAll @net.jqwik.api.constraints.Size(max = 120) byte[] bytes,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 3) int leadingZeros) {
        byte[] input = new byte[leadingZeros + bytes.length];
        System.arraycopy(bytes, 0, input, leadingZeros, bytes.length);
        StringBuilder expected = new StringBuilder();
        java.math.BigInteger n = new java.math.BigInteger(1, input);
        java.math.BigInteger base = java.math.BigInteger.valueOf(58);
        while (n.signum() > 0) {
            java.math.BigInteger[] qr = n.divideAndRemainder(base);
            expected.append("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < input.length && input[i] == 0; i++) {
            expected.append('1');
        }
        String encoded = Base58.encode(input);
        assertThat(encoded).isEqualTo(expected.reverse().toString());
        assertThat(Base58.decode(encoded)).isEqualTo(input);
    }
}
