package org.selvedge.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.selvedge.api.records.ProductProvenance;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.KeyAlgorithm;
import org.selvedge.core.Selvedge;
import org.selvedge.core.SigningIdentity;
import org.selvedge.core.testing.RecordArbitraries;
import org.selvedge.core.trust.TrustPolicy;
import org.selvedge.core.trust.TrustedIssuer;

/** Any generated record, signed with either algorithm in either format, verifies with the same claim verdicts. */
class SignVerifyRoundTripPropertiesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final SigningIdentity ED = SigningIdentity.generate(KeyAlgorithm.ED25519);
    private static final SigningIdentity P256 = SigningIdentity.generate(KeyAlgorithm.P256);
    private static final TrustPolicy POLICY = TrustPolicy.builder()
            .trust(TrustedIssuer.of(ED.did(), "ed", TrustPolicy.PRODUCER))
            .trust(TrustedIssuer.of(P256.did(), "p256", TrustPolicy.AUDITOR)).build();

    @Property(tries = 60)
    void signedRecordsVerify(@ForAll("records") ProductProvenance record, @ForAll KeyAlgorithm alg, @ForAll boolean jws)
            throws Exception {
        SigningIdentity id = alg == KeyAlgorithm.ED25519 ? ED : P256;
        var signer = Selvedge.signer(id).withClock(CLOCK).allowingViolations();
        String signed = jws ? signer.signJws(record) : signer.sign(record);
        VerificationResult r = Selvedge.verifier(POLICY).withClock(CLOCK).verify(signed);
        boolean claimsHold = Selvedge.check(record).valid();
        assertThat(r.claims().record()).isEqualTo(record);
        assertThat(r.valid()).isEqualTo(claimsHold);
        assertThat(r.proofs()).allMatch(p -> p.valid());
        if (!jws) {
            String cosigned = Selvedge.signer(id == ED ? P256 : ED).withClock(CLOCK).allowingViolations()
                    .cosign(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            VerificationResult both = Selvedge.verifier(POLICY).withClock(CLOCK).verify(cosigned);
            assertThat(both.proofs()).hasSize(2).allMatch(p -> p.valid());
            assertThat(both.valid()).isEqualTo(claimsHold);
        }
    }

    @Provide
    Arbitrary<ProductProvenance> records() {
        return RecordArbitraries.records();
    }
}
