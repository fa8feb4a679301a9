/**
 * The Selvedge public API: provenance records (products, cooperatives, artisans, wage evidence,
 * benchmarks, claims) and the results of checking them.
 *
 * <p>Everything here is an immutable value; the behaviour (reading JSON, checking claims, signing,
 * verifying) lives in {@code org.selvedge.core}, reached through {@code org.selvedge.core.Selvedge}.
 */
module org.selvedge.api {
    requires transitive jakarta.validation;

    exports org.selvedge.api.records;
    exports org.selvedge.api.claims;
    exports org.selvedge.api.verification;
}
