package org.selvedge.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JwkTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"ED25519", "P256"})
    void roundTripAndNoSecretInMessages(KeyType type) throws Exception {
        SigningKey key = SigningKey.generate(type, new SecureRandom());
        String jwk = Jwk.writePrivate(key);
        ObjectNode node = (ObjectNode) MAPPER.readTree(jwk);
        String d = node.get("d").textValue();
        assertThat(node.get("kid").textValue()).isEqualTo(DidKey.verificationMethodId(key.verificationKey()));
        assertThat(Jwk.readPrivate(jwk).verificationKey()).isEqualTo(key.verificationKey());
        assertThat(Jwk.readPublic(Jwk.writePublic(key.verificationKey()))).isEqualTo(key.verificationKey());
        assertThat(Jwk.writePublic(key.verificationKey())).doesNotContain(d);
        assertThat(key.toString()).doesNotContain(d);

        for (String bad : new String[] {
                jwk.replace(d, d + "="), jwk.replace(d, d.substring(1)), jwk.replace(d, "+" + d.substring(1)),
                jwk.replace("\"kty\"", "\"ktyx\""), "[]", "{", node.deepCopy().put("crv", "P-384").toString(),
                node.deepCopy().put("x", node.get("d").textValue()).toString(),
                // the secret misplaced where an error might echo it: as kty, as crv, as a member name
                node.deepCopy().put("kty", d).toString(), node.deepCopy().put("crv", d).toString(),
                node.deepCopy().put(d, 1).toString()}) {
            assertThatThrownBy(() -> Jwk.readPrivate(bad)).isInstanceOf(KeyFormatException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(d));
        }
        // What WebCrypto's exportKey adds is tolerated.
        assertThat(Jwk.readPrivate(node.deepCopy().put("ext", true).toString()).verificationKey()).isEqualTo(key.verificationKey());
        ObjectNode publicOnly = node.deepCopy();
        publicOnly.remove("d");
        assertThatThrownBy(() -> Jwk.readPrivate(publicOnly.toString())).hasMessageContaining("public key");
    }
}
