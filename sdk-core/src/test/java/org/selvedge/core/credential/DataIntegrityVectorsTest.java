package org.selvedge.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selvedge.core.crypto.DidKey;
import org.selvedge.core.crypto.KeyType;
import org.selvedge.core.crypto.Multibase;
import org.selvedge.core.crypto.SigningKey;
import org.selvedge.core.crypto.VerificationKey;
import org.selvedge.core.json.Jcs;
import org.selvedge.core.json.StrictJson;
import org.selvedge.core.testing.Shared;

/**
 * The W3C test vectors of eddsa-jcs-2022 and ecdsa-jcs-2019 (P-256 and P-384), step by step:
 * canonical forms, hashes, combined hash, signature, and the signed credential.
 */
class DataIntegrityVectorsTest {
    private static final HexFormat HEX = HexFormat.of();

    static JsonNode json(String file) throws Exception {
        return StrictJson.parse(Shared.bytes(file));
    }

    static String text(String file) {
        return Shared.text(file);
    }

    @Test
    void eddsaJcs2022_reproducesEveryStepAndTheProofValue() throws Exception {
        String dir = "vectors/eddsa-jcs-2022/";
        ObjectNode unsigned = (ObjectNode) json(dir + "unsigned.json");
        ObjectNode options = (ObjectNode) json(dir + "proofConfigJCS.json");
        byte[] canonDoc = Jcs.canonicalize(unsigned);
        assertThat(new String(canonDoc, StandardCharsets.UTF_8)).isEqualTo(text(dir + "canonDocJCS.txt"));
        assertThat(new String(Jcs.canonicalize(options), StandardCharsets.UTF_8)).isEqualTo(text(dir + "proofCanonJCS.txt"));
        byte[] combined = DataIntegrity.hashData(KeyType.ED25519, options, canonDoc);
        assertThat(HEX.formatHex(combined)).isEqualTo(text(dir + "combinedHashJCS.txt"));
        assertThat(HEX.formatHex(Arrays.copyOfRange(combined, 0, 32))).isEqualTo(text(dir + "proofHashJCS.txt"));
        assertThat(HEX.formatHex(Arrays.copyOfRange(combined, 32, 64))).isEqualTo(text(dir + "docHashJCS.txt"));

        JsonNode keys = json(dir + "keyPair.json");
        byte[] priv = Multibase.decodeBase58btc(keys.get("privateKeyMultibase").textValue());
        assertThat(priv).startsWith(0x80, 0x26).hasSize(34);
        SigningKey key = SigningKey.ed25519(Arrays.copyOfRange(priv, 2, 34));
        assertThat(DidKey.did(key.verificationKey())).isEqualTo("did:key:" + keys.get("publicKeyMultibase").textValue());

        byte[] signature = DataIntegrity.sign(key, options, canonDoc);
        assertThat(HEX.formatHex(signature)).isEqualTo(text(dir + "sigHexJCS.txt"));
        assertThat(Multibase.encodeBase58btc(signature)).isEqualTo(text(dir + "sigBTC58JCS.txt"));

        JsonNode signed = json(dir + "signedJCS.json");
        assertThat(signed.get("proof").get("proofValue").textValue()).isEqualTo(text(dir + "sigBTC58JCS.txt"));
        assertVerifies(signed);
    }

    @ParameterizedTest
    @CsvSource({"p256, P256, 32", "p384, P384, 48"})
    void ecdsaJcs2019_everyStepVerifiesAndAFreshSignatureToo(String curve, KeyType type, int hashBytes) throws Exception {
        String dir = "vectors/ecdsa-jcs-2019/ecdsa-jcs-2019-" + curve + "/";
        String suffix = "JCSECDSA" + curve.toUpperCase();
        ObjectNode unsigned = (ObjectNode) json("vectors/ecdsa-jcs-2019/unsigned.json");
        ObjectNode options = (ObjectNode) json(dir + "proofConfig" + suffix + ".json");
        byte[] canonDoc = Jcs.canonicalize(unsigned);
        assertThat(new String(canonDoc, StandardCharsets.UTF_8)).isEqualTo(text(dir + "canonDoc" + suffix + ".txt"));
        assertThat(new String(Jcs.canonicalize(options), StandardCharsets.UTF_8)).isEqualTo(text(dir + "proofCanon" + suffix + ".txt"));
        byte[] combined = DataIntegrity.hashData(type, options, canonDoc);
        assertThat(combined).hasSize(2 * hashBytes);
        assertThat(HEX.formatHex(combined)).isEqualTo(text(dir + "combinedHash" + suffix + ".txt"));
        assertThat(HEX.formatHex(Arrays.copyOfRange(combined, 0, hashBytes))).isEqualTo(text(dir + "proofHash" + suffix + ".txt"));
        assertThat(HEX.formatHex(Arrays.copyOfRange(combined, hashBytes, 2 * hashBytes))).isEqualTo(text(dir + "docHash" + suffix + ".txt"));

        VerificationKey key = DidKey.resolveVerificationMethod(options.get("verificationMethod").textValue());
        assertThat(key.type()).isEqualTo(type);
        byte[] given = HEX.parseHex(text(dir + "sigHex" + suffix + ".txt"));
        assertThat(Multibase.encodeBase58btc(given)).isEqualTo(text(dir + "sigBTC58" + suffix + ".txt"));
        assertThat(DataIntegrity.verify(key, options, canonDoc, given)).isTrue();

        JsonNode keys = json("vectors/ecdsa-jcs-2019/" + curve + "KeyPair.json");
        byte[] secret = Multibase.decodeBase58btc(keys.get("secretKeyMultibase").textValue());
        SigningKey signer = type == KeyType.P256
                ? SigningKey.p256(new BigInteger(1, Arrays.copyOfRange(secret, 2, secret.length)))
                : SigningKey.p384(new BigInteger(1, Arrays.copyOfRange(secret, 2, secret.length)));
        assertThat(signer.verificationKey()).isEqualTo(key);
        byte[] fresh = DataIntegrity.sign(signer, options, canonDoc);
        assertThat(fresh).hasSize(2 * hashBytes);
        assertThat(DataIntegrity.verify(key, options, canonDoc, fresh)).isTrue();

        assertVerifies(json(dir + "signed" + suffix + ".json"));
    }

    /** The signed vector verifies, and any change to the credential or the proof breaks it. */
    private static void assertVerifies(JsonNode signed) throws Exception {
        ObjectNode doc = (ObjectNode) signed;
        CredentialVerifier signatures = new CredentialVerifier(null, java.time.Clock.systemUTC(),
                org.selvedge.core.ClaimChecker.DEFAULT, org.selvedge.core.JsonLimits.DEFAULT);
        assertThat(signatures.signatureIssues(doc)).isEmpty();

        ObjectNode changedDoc = doc.deepCopy();
        changedDoc.put("name", "Alumni Credential!");
        assertThat(signatures.signatureIssues(changedDoc)).isNotEmpty();

        ObjectNode changedProof = doc.deepCopy();
        ((ObjectNode) changedProof.get("proof")).put("created", "2023-02-24T23:36:39Z");
        assertThat(signatures.signatureIssues(changedProof)).isNotEmpty();
    }

}
