package org.selvedge.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.selvedge.core.testing.Shared;

/**
 * The precomputed Ed25519 verification gives BouncyCastle's verdict: on valid signatures, on every
 * single-bit change of signature, message or both, on scalars at the edge of the group order, on the
 * RFC 8032 and Wycheproof vectors, and on signatures crafted by a key's owner with an identity or
 * small-order R (there it may only be stricter).
 */
class Ed25519PrecomputedTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));

    private static boolean bouncyCastle(VerificationKey key, byte[] message, byte[] signature) {
        return Ed25519.verify(signature, 0, key.encoded(), 0, message, 0, message.length);
    }

    private static SigningKey key(long seed) throws KeyFormatException {
        byte[] s = new byte[32];
        new Random(seed).nextBytes(s);
        return SigningKey.ed25519(s);
    }

    @Property(tries = 400)
    void sameVerdictAsBouncyCastleOnValidAndChangedSignatures(@ForAll long seed, @ForAll @Size(max = 200) byte[] message,
            @ForAll @IntRange(min = 0, max = 511) int sigBit, @ForAll @IntRange(min = 0, max = 1599) int msgBit) throws Exception {
        SigningKey signer = key(seed);
        VerificationKey fast = signer.verificationKey().forRepeatedUse();
        byte[] sig = signer.sign(message);
        assertThat(fast.verify(message, sig)).isTrue();

        byte[] badSig = sig.clone();
        badSig[sigBit / 8] ^= (byte) (1 << (sigBit % 8));
        assertThat(fast.verify(message, badSig)).isEqualTo(bouncyCastle(fast, message, badSig)).isFalse();
        if (message.length > 0) {
            byte[] badMsg = message.clone();
            badMsg[(msgBit / 8) % badMsg.length] ^= (byte) (1 << (msgBit % 8));
            assertThat(fast.verify(badMsg, sig)).isEqualTo(bouncyCastle(fast, badMsg, sig)).isFalse();
        }
    }

    @Property(tries = 100)
    void anotherKeysSignatureNeverVerifies(@ForAll long seed, @ForAll @Size(max = 64) byte[] message) throws Exception {
        byte[] sig = key(seed).sign(message);
        VerificationKey other = key(seed + 1).verificationKey().forRepeatedUse();
        assertThat(other.verify(message, sig)).isFalse();
    }

    @Test
    void scalarsAtTheGroupOrderAreRefused() throws Exception {
        SigningKey signer = key(7);
        VerificationKey fast = signer.verificationKey().forRepeatedUse();
        byte[] message = "S at and past L".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] sig = signer.sign(message);
        BigInteger s = new BigInteger(1, reverse(Arrays.copyOfRange(sig, 32, 64)));
        // S + L is the classic malleated signature: the same point equation, an out-of-range scalar.
        for (BigInteger bad : new BigInteger[] {s.add(L), L, L.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)}) {
            byte[] malleated = sig.clone();
            System.arraycopy(littleEndian(bad), 0, malleated, 32, 32);
            assertThat(fast.verify(message, malleated)).as(bad.toString(16)).isFalse();
            assertThat(bouncyCastle(fast, message, malleated)).isFalse();
        }
        assertThat(Ed25519Precomputed.scalarBelowL(littleEndian(L.subtract(BigInteger.ONE)), 0)).isTrue();
        assertThat(Ed25519Precomputed.scalarBelowL(littleEndian(L), 0)).isFalse();
    }

    @Test
    void signedDigitsRebuildTheScalar() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            BigInteger k = new BigInteger(253, random).mod(L);
            if (i == 0) {
                k = L.subtract(BigInteger.ONE);
            }
            byte[] digits = Ed25519Precomputed.digits(littleEndian(k));
            BigInteger sum = BigInteger.ZERO;
            for (int j = 63; j >= 0; j--) {
                assertThat((int) digits[j]).isBetween(-8, 8);
                sum = sum.shiftLeft(4).add(BigInteger.valueOf(digits[j]));
            }
            assertThat(sum).isEqualTo(k);
        }
    }

    @Test
    void wideSignedDigitsRebuildTheScalar() {
        Random random = new Random(43);
        for (int i = 0; i < 2000; i++) {
            BigInteger k = i == 0 ? L.subtract(BigInteger.ONE) : new BigInteger(253, random).mod(L);
            byte[] digits = Ed25519Precomputed.wideDigits(littleEndian(k));
            BigInteger sum = BigInteger.ZERO;
            for (int j = 31; j >= 0; j--) {
                sum = sum.shiftLeft(8).add(BigInteger.valueOf(digits[j]));
            }
            assertThat(sum).isEqualTo(k);
        }
    }

    /** Past the first few hundred verifications S is summed from the wide base table: the verdicts stay BouncyCastle's. */
    @Test
    void theWideBaseTableGivesTheSameVerdicts() throws Exception {
        sameVerdictsAsBouncyCastle(key(99).verificationKey().forRepeatedUse(), key(99), 600, 5);
        assertThat(Ed25519Precomputed.wideBaseTableBuilt()).as("600 verifications switch to the wide table").isTrue();
    }

    /** A key that has verified more than a thousand signatures is summed from its own wide table: same verdicts. */
    @Test
    void theWideKeyTableGivesTheSameVerdicts() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Ed25519Precomputed.wideKeyTablesLeft(),
                "this test JVM has given out every wide key table already");
        VerificationKey fast = key(123).verificationKey().forRepeatedUse();
        sameVerdictsAsBouncyCastle(fast, key(123), 1500, 6);
        assertThat(fast.hasWideTable()).as("1,500 verifications give the key its wide table").isTrue();
    }

    /** {@code count} signatures by {@code signer}, every third with one bit flipped, each judged as BouncyCastle judges it. */
    private static void sameVerdictsAsBouncyCastle(VerificationKey fast, SigningKey signer, int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            byte[] message = new byte[random.nextInt(80)];
            random.nextBytes(message);
            byte[] sig = signer.sign(message);
            if (i % 3 == 1) {
                sig[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
            }
            assertThat(fast.verify(message, sig)).as("signature %d", i).isEqualTo(bouncyCastle(fast, message, sig));
        }
    }

    /**
     * Signatures only a key's owner can make, with R the identity or a point of small order: the
     * precomputed check accepts the identity exactly as BouncyCastle does, and refuses every R with a
     * small-order part (BouncyCastle accepts some of those, depending on the hash).
     */
    @Test
    void crafedSmallOrderNoncesAreNeverAcceptedWhereBouncyCastleRefuses() throws Exception {
        byte[] seed = new byte[32];
        new Random(3).nextBytes(seed);
        SigningKey signer = SigningKey.ed25519(seed);
        VerificationKey fast = signer.verificationKey().forRepeatedUse();
        BigInteger a = secretScalar(seed);
        byte[] identity = new byte[32];
        identity[0] = 1;
        byte[] orderTwo = HEX.parseHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"); // (0, −1)
        int acceptedByBouncyCastleOnly = 0;
        for (int i = 0; i < 64; i++) {
            byte[] message = ("message " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (byte[] r : new byte[][] {identity, orderTwo}) {
                byte[] sig = new byte[64];
                System.arraycopy(r, 0, sig, 0, 32);
                // S = k·a makes [S]B − [k]A the identity.
                BigInteger k = challenge(r, fast.encoded(), message);
                System.arraycopy(littleEndian(k.multiply(a).mod(L)), 0, sig, 32, 32);
                boolean bc = bouncyCastle(fast, message, sig);
                boolean ours = fast.verify(message, sig);
                if (r == identity) {
                    assertThat(ours).isTrue().isEqualTo(bc);
                } else {
                    assertThat(ours).isFalse();
                    acceptedByBouncyCastleOnly += bc ? 1 : 0;
                }
            }
        }
        assertThat(acceptedByBouncyCastleOnly).as("BouncyCastle accepts some mixed-order R: the test is not vacuous")
                .isPositive();
    }

    /** A + (0, −1) = (−x, −y): on the curve, but not in the prime-order subgroup. */
    @Test
    void keysOutsideThePrimeOrderSubgroupGetNoTables() throws Exception {
        byte[] a = key(11).verificationKey().encoded();
        BigInteger p = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
        byte[] yBytes = a.clone();
        yBytes[31] &= 0x7f;
        byte[] mixed = littleEndian(p.subtract(new BigInteger(1, reverse(yBytes))));
        mixed[31] |= (byte) ((a[31] & 0x80) ^ 0x80);
        VerificationKey withTorsion = VerificationKey.ed25519(mixed);
        assertThat(withTorsion.forRepeatedUse()).isSameAs(withTorsion);
        assertThat(Ed25519Precomputed.of(mixed)).isNull();
        assertThat(Ed25519Precomputed.of(a)).isNotNull();
    }

    @Test
    void rfc8032VectorsThroughTheTables() throws Exception {
        JsonNode vectors = new ObjectMapper().readTree(Shared.bytes("vectors/rfc8032/ed25519.json"));
        for (JsonNode v : vectors) {
            VerificationKey fast = VerificationKey.ed25519(HEX.parseHex(v.get("publicKey").textValue())).forRepeatedUse();
            assertThat(fast).isNotSameAs(VerificationKey.ed25519(HEX.parseHex(v.get("publicKey").textValue())));
            byte[] message = HEX.parseHex(v.get("message").textValue());
            byte[] sig = HEX.parseHex(v.get("signature").textValue());
            assertThat(fast.verify(message, sig)).as(v.get("name").textValue()).isTrue();
            sig[63] ^= 0x10;
            assertThat(fast.verify(message, sig)).isFalse();
        }
    }

    private static BigInteger challenge(byte[] r, byte[] publicKey, byte[] message) {
        SHA512Digest d = new SHA512Digest();
        d.update(r, 0, 32);
        d.update(publicKey, 0, 32);
        d.update(message, 0, message.length);
        byte[] h = new byte[64];
        d.doFinal(h, 0);
        return new BigInteger(1, reverse(h)).mod(L);
    }

    /** The RFC 8032 secret scalar: SHA-512 of the seed, first half, pruned. */
    private static BigInteger secretScalar(byte[] seed) {
        SHA512Digest d = new SHA512Digest();
        d.update(seed, 0, 32);
        byte[] h = new byte[64];
        d.doFinal(h, 0);
        h[0] &= (byte) 248;
        h[31] &= 127;
        h[31] |= 64;
        return new BigInteger(1, reverse(Arrays.copyOf(h, 32)));
    }

    private static byte[] reverse(byte[] b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[b.length - 1 - i];
        }
        return out;
    }

    private static byte[] littleEndian(BigInteger v) {
        return Ed25519Precomputed.littleEndian(v);
    }
}
