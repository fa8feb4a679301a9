package org.selvedge.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Sign then verify, and any change to message or signature fails, for every key type. */
class SignVerifyPropertiesTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Property(tries = 200)
    void signThenVerifyAndEveryFlippedBitFails(@ForAll KeyType type, @ForAll @Size(max = 300) byte[] message,
            @ForAll @IntRange(min = 0, max = 10_000) int bit) {
        SigningKey key = SigningKey.generate(type, RANDOM);
        byte[] sig = key.sign(message);
        assertThat(sig).hasSize(type.signatureLength());
        assertThat(key.verificationKey().verify(message, sig)).isTrue();

        byte[] badSig = sig.clone();
        badSig[(bit / 8) % badSig.length] ^= (byte) (1 << (bit % 8));
        assertThat(key.verificationKey().verify(message, badSig)).isFalse();
        if (message.length > 0) {
            byte[] badMsg = message.clone();
            badMsg[(bit / 8) % badMsg.length] ^= (byte) (1 << (bit % 8));
            assertThat(key.verificationKey().verify(badMsg, sig)).isFalse();
        }
    }

    @Property(tries = 100)
    void wrongLengthSignaturesNeverVerifyAndNeverThrow(@ForAll KeyType type, @ForAll @Size(max = 130) byte[] junk) {
        SigningKey key = SigningKey.generate(type, RANDOM);
        byte[] msg = {1, 2, 3};
        byte[] sig = key.sign(msg);
        byte[] resized = Arrays.copyOf(sig, junk.length);
        if (junk.length != sig.length) {
            assertThat(key.verificationKey().verify(msg, resized)).isFalse();
        }
        assertThat(key.verificationKey().verify(msg, junk)).isFalse();
    }

    /** ECDSA signatures are made with low s, which every verifier accepts (some insist on it). */
    @Property(tries = 100)
    void ecdsaSignaturesHaveLowS(@ForAll @Size(max = 100) byte[] message) throws Exception {
        for (KeyType type : new KeyType[] {KeyType.P256, KeyType.P384}) {
            SigningKey key = SigningKey.generate(type, RANDOM);
            byte[] sig = key.sign(message);
            int size = sig.length / 2;
            java.math.BigInteger s = new java.math.BigInteger(1, Arrays.copyOfRange(sig, size, 2 * size));
            assertThat(s).isLessThanOrEqualTo(Curves.domain(type).getN().shiftRight(1));
            assertThat(key.verificationKey().verify(message, sig)).isTrue();
        }
    }
}
