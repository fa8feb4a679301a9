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
}
