package org.selvedge.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selvedge.core.testing.Shared;

/**
 * Project Wycheproof signature vectors, all of them, through the project's own verifier: every
 * {@code valid} test verifies, every {@code invalid} one does not. A key that cannot even be built
 * counts as "does not verify". Failures list every tcId with its flags.
 */
class WycheproofTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @FunctionalInterface
    interface Check {
        boolean verify(JsonNode group, byte[] msg, byte[] sig) throws Exception;
    }

    private static void run(String file, int expectedTests, Check check) throws Exception {
        JsonNode root = MAPPER.readTree(Shared.bytes("vectors/wycheproof/" + file));
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (JsonNode group : root.get("testGroups")) {
            for (JsonNode t : group.get("tests")) {
                count++;
                boolean verified;
                try {
                    verified = check.verify(group, HEX.parseHex(t.get("msg").textValue()), HEX.parseHex(t.get("sig").textValue()));
                } catch (KeyFormatException e) {
                    verified = false;
                }
                String result = t.get("result").textValue();
                boolean ok = result.equals("acceptable") || verified == result.equals("valid");
                if (!ok) {
                    failures.add("tcId " + t.get("tcId") + " " + t.get("flags") + " expected " + result + " got "
                            + (verified ? "valid" : "invalid") + " (" + t.get("comment").textValue() + ")");
                }
            }
        }
        assertThat(count).isEqualTo(expectedTests).isEqualTo(root.get("numberOfTests").intValue());
        assertThat(failures).as(file).isEmpty();
    }

    @Test
    void ed25519() throws Exception {
        run("ed25519_test.json", 151, (g, msg, sig) ->
                VerificationKey.ed25519(HEX.parseHex(g.get("publicKey").get("pk").textValue())).verify(msg, sig));
    }

    /** The same vectors through the precomputed tables a trusted signer's key gets for repeated use. */
    @Test
    void ed25519ForRepeatedUse() throws Exception {
        run("ed25519_test.json", 151, (g, msg, sig) -> VerificationKey.ed25519(HEX.parseHex(g.get("publicKey").get("pk").textValue()))
                .forRepeatedUse().verify(msg, sig));
    }

    @Test
    void ecdsaP256P1363() throws Exception {
        run("ecdsa_secp256r1_sha256_p1363_test.json", 262, (g, msg, sig) ->
                VerificationKey.p256(HEX.parseHex(g.get("publicKey").get("uncompressed").textValue())).verify(msg, sig));
    }

    @Test
    void ecdsaP256Der() throws Exception {
        run("ecdsa_secp256r1_sha256_test.json", 484, (g, msg, sig) ->
                VerificationKey.p256(HEX.parseHex(g.get("publicKey").get("uncompressed").textValue())).verifyDer(msg, sig));
    }
}
