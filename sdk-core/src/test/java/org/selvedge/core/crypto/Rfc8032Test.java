package org.selvedge.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.selvedge.core.testing.Shared;

/** RFC 8032 section 7.1: the five Ed25519 known answers. */
class Rfc8032Test {
    @Test
    void allFiveVectors() throws Exception {
        HexFormat hex = HexFormat.of();
        JsonNode vectors = new ObjectMapper().readTree(Shared.bytes("vectors/rfc8032/ed25519.json"));
        assertThat(vectors).hasSize(5);
        for (JsonNode v : vectors) {
            SigningKey key = SigningKey.ed25519(hex.parseHex(v.get("secretKey").textValue()));
            byte[] message = hex.parseHex(v.get("message").textValue());
            assertThat(hex.formatHex(key.verificationKey().encoded())).as(v.get("name").textValue())
                    .isEqualTo(v.get("publicKey").textValue());
            byte[] sig = key.sign(message);
            assertThat(hex.formatHex(sig)).as(v.get("name").textValue()).isEqualTo(v.get("signature").textValue());
            assertThat(key.verificationKey().verify(message, sig)).isTrue();
            sig[5] ^= 1;
            assertThat(key.verificationKey().verify(message, sig)).isFalse();
        }
    }
}
