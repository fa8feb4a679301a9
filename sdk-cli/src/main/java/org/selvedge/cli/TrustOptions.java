package org.selvedge.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.selvedge.core.SelvedgeException;
import org.selvedge.core.trust.TrustPolicy;
import org.selvedge.core.trust.TrustedIssuer;
import picocli.CommandLine.Option;

/** The trust options every verifying command shares; one of them is required. */
final class TrustOptions {
    @Option(names = "--trust", paramLabel = "POLICY.json", description = "The trust policy (JSON).")
    Path policyFile;

    @Option(names = "--trust-issuer", paramLabel = "DID[=ROLE,...]",
            description = "Trust this signer (repeatable), optionally in roles such as AUDITOR.")
    List<String> issuers;

    /** The policy the options give; a usage error when there is none (no default trusts anyone). */
    TrustPolicy policy() {
        if (policyFile != null && issuers != null) {
            throw new UsageException("give either --trust POLICY.json or --trust-issuer DID, not both");
        }
        if (policyFile != null) {
            try {
                return TrustPolicy.fromJson(InputFiles.read(policyFile));
            } catch (SelvedgeException e) {
                throw new UsageException(policyFile + ": " + e.getMessage());
            }
        }
        if (issuers == null || issuers.isEmpty()) {
            throw new UsageException("verification needs a trust policy: --trust POLICY.json or --trust-issuer DID"
                    + " (Selvedge never trusts a signer just because its signature is valid)");
        }
        TrustPolicy.Builder b = TrustPolicy.builder();
        for (String spec : issuers) {
            int eq = spec.indexOf('=');
            String did = eq < 0 ? spec : spec.substring(0, eq);
            Set<String> roles = eq < 0 ? Set.of() : Set.of(spec.substring(eq + 1).split(","));
            try {
                b.trust(new TrustedIssuer(did, did, roles, null, null, false));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--trust-issuer " + spec + ": " + e.getMessage());
            }
        }
        return b.build();
    }
}
