package org.selvedge.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.core.KeyAlgorithm;
import org.selvedge.core.Selvedge;
import org.selvedge.core.Signer;
import org.selvedge.core.SigningIdentity;
import org.selvedge.core.Verifier;
import org.selvedge.core.trust.TrustPolicy;
import org.selvedge.core.trust.TrustedIssuer;

/** The example record, signed by the project in every form the suite measures. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    final ProductProvenance record;
    final byte[] recordJson;
    final SigningIdentity ed = SigningIdentity.generate(KeyAlgorithm.ED25519);
    final SigningIdentity p256 = SigningIdentity.generate(KeyAlgorithm.P256);
    final Signer edSigner;
    final byte[] diEd25519;
    final byte[] diP256;
    final byte[] jwsEd25519;
    final byte[] jwsP256;
    final Verifier verifier;

    Fixtures() {
        try {
            recordJson = resource("/org/selvedge/cli/demo/table-runner.json"); // the demo's record, 3 KB
            record = Selvedge.readRecord(recordJson);
            edSigner = Selvedge.signer(ed).withClock(CLOCK);
            diEd25519 = edSigner.sign(record).getBytes(StandardCharsets.UTF_8);
            diP256 = Selvedge.signer(p256).withClock(CLOCK).sign(record).getBytes(StandardCharsets.UTF_8);
            jwsEd25519 = edSigner.signJws(record).getBytes(StandardCharsets.US_ASCII);
            jwsP256 = Selvedge.signer(p256).withClock(CLOCK).signJws(record).getBytes(StandardCharsets.US_ASCII);
            verifier = Selvedge.verifier(TrustPolicy.builder()
                    .trust(TrustedIssuer.of(ed.did(), "bench cooperative", TrustPolicy.PRODUCER))
                    .trust(TrustedIssuer.of(p256.did(), "bench cooperative (P-256)", TrustPolicy.PRODUCER)).build())
                    .withClock(CLOCK);
            if (!verifier.verify(diEd25519).valid() || !verifier.verify(jwsP256).valid()) {
                throw new IllegalStateException("benchmark fixtures do not verify");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
