package org.selvedge.examples;

import java.util.List;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.verification.Issue;
import org.selvedge.api.verification.VerificationResult;
import org.selvedge.core.Selvedge;
import org.selvedge.core.Verifier;
import org.selvedge.core.trust.TrustPolicy;

/**
 * A marketplace's listing-time check, in-process while the seller waits: one {@link Verifier} is
 * built at start-up and reused for every listing (it is immutable, thread-safe and caches decoded
 * keys), and the answer says which badges the listing may show.
 *
 * <pre>{@code
 * ListingCheck check = new ListingCheck(marketplacePolicy);   // once
 * ListingCheck.Listing l = check.check(sellerUpload);         // per listing, in microseconds
 * }</pre>
 */
public final class ListingCheck {
    private final Verifier verifier;

    public ListingCheck(TrustPolicy policy) {
        this.verifier = Selvedge.verifier(policy);
    }

    /** Whether the listing may go live, the badges it earns, and why not when it may not. */
    public record Listing(boolean publish, List<String> badges, List<String> problems) {}

    /** Checks one uploaded credential. */
    public Listing check(byte[] credential) {
        VerificationResult r = verifier.verify(credential);
        if (!r.valid()) {
            return new Listing(false, List.of(), r.issues().stream().map(Issue::toString).toList());
        }
        List<String> badges = r.attestations().stream()
                .map(a -> badge(a.claim().topic()) + (a.selfDeclared() ? " (self-declared)" : " (audited)"))
                .distinct().toList();
        return new Listing(true, badges, List.of());
    }

    private static String badge(ClaimTopic topic) {
        switch (topic) {
            case FAIR_WAGE:
                return "Fair wage";
            case WOMEN_OWNED:
                return "Women-owned";
            default:
                return "Women-led";
        }
    }
}
