package org.selvedge.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.selvedge.core.testing.Shared;

/** did:key encoding and decoding against the w3c-ccg vectors, and the strict refusals. */
class DidKeyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void ed25519Vectors_fromSeedToDidAndBack() throws Exception {
        JsonNode file = MAPPER.readTree(Shared.bytes("vectors/did-key/ed25519-x25519.json"));
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext(); n++) {
            Map.Entry<String, JsonNode> e = it.next();
            SigningKey key = SigningKey.ed25519(HexFormat.of().parseHex(e.getValue().get("seed").textValue()));
            assertThat(DidKey.did(key.verificationKey())).isEqualTo(e.getKey());
            assertThat(DidKey.resolve(e.getKey())).isEqualTo(key.verificationKey());
            JsonNode pair = e.getValue().get("verificationKeyPair");
            if (pair.has("publicKeyBase58")) {
                assertThat(Base58.encode(key.verificationKey().encoded())).isEqualTo(pair.get("publicKeyBase58").textValue());
            }
        }
        assertThat(n).isEqualTo(5);
    }

    @Test
    void nistCurveVectors_p256DecodesToItsJwk_otherCurvesAreRefusedClearly() throws Exception {
        JsonNode file = MAPPER.readTree(Shared.bytes("vectors/did-key/nist-curves.json"));
        int p256 = 0;
        int refused = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String did = e.getKey();
            JsonNode vm = e.getValue().get("verificationMethod");
            if (did.startsWith("did:key:zDn")) {
                VerificationKey key = DidKey.resolve(did);
                assertThat(key.type()).isEqualTo(KeyType.P256);
                assertThat(DidKey.did(key)).isEqualTo(did);
                if (vm.has("publicKeyJwk")) {
                    JsonNode jwk = vm.get("publicKeyJwk");
                    VerificationKey fromJwk = VerificationKey.p256(
                            new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("x").textValue())),
                            new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("y").textValue())));
                    assertThat(fromJwk).isEqualTo(key);
                } else {
                    byte[] raw = Base58.decode(vm.get("publicKeyBase58").textValue());
                    assertThat(VerificationKey.p256(raw)).isEqualTo(key);
                }
                p256++;
            } else if (did.startsWith("did:key:z82")) {
                assertThat(DidKey.resolve(did).type()).isEqualTo(KeyType.P384); // verified, never used to sign
            } else {
                assertThatThrownBy(() -> DidKey.resolve(did)).isInstanceOf(KeyFormatException.class)
                        .hasMessageContaining("multicodec");
                refused++;
            }
        }
        assertThat(p256).isEqualTo(3);
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void suiteKeyPairsDeriveToTheirPublicKeys() throws Exception {
        JsonNode ed = MAPPER.readTree(Shared.bytes("vectors/eddsa-jcs-2022/keyPair.json"));
        byte[] seed = Multibase.decodeBase58btc(ed.get("privateKeyMultibase").textValue());
        assertThat(Arrays.copyOf(seed, 2)).containsExactly(0x80, 0x26);
        assertThat(DidKey.did(SigningKey.ed25519(Arrays.copyOfRange(seed, 2, 34)).verificationKey()))
                .isEqualTo("did:key:" + ed.get("publicKeyMultibase").textValue());
        JsonNode p = MAPPER.readTree(Shared.bytes("vectors/ecdsa-jcs-2019/p256KeyPair.json"));
        byte[] secret = Multibase.decodeBase58btc(p.get("secretKeyMultibase").textValue());
        assertThat(Arrays.copyOf(secret, 2)).containsExactly(0x86, 0x26);
        assertThat(DidKey.did(SigningKey.p256(new BigInteger(1, Arrays.copyOfRange(secret, 2, 34))).verificationKey()))
                .isEqualTo("did:key:" + p.get("publicKeyMultibase").textValue());
    }

    @Test
    void malformedDidsAreRefused() throws Exception {
        String good = DidKey.did(SigningKey.generate(KeyType.ED25519, new java.security.SecureRandom()).verificationKey());
        String mb = good.substring("did:key:".length());
        for (String bad : new String[] {"did:web:example.com", "did:key:" + mb.substring(1), "did:key:z0OIl",
                good.substring(0, good.length() - 4), good + "11", "did:key:z", null}) {
            assertThatThrownBy(() -> DidKey.resolve(bad)).as(String.valueOf(bad)).isInstanceOf(KeyFormatException.class);
        }
        assertThat(DidKey.resolveVerificationMethod(good + "#" + mb)).isEqualTo(DidKey.resolve(good));
        assertThatThrownBy(() -> DidKey.resolveVerificationMethod(good)).isInstanceOf(KeyFormatException.class);
        assertThatThrownBy(() -> DidKey.resolveVerificationMethod(good + "#key-1")).isInstanceOf(KeyFormatException.class);
    }
}
