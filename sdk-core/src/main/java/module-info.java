/**
 * Selvedge core: reading and writing provenance records, checking their claims, and signing and
 * verifying them as W3C Verifiable Credentials.
 *
 * <p>The one entry point is {@link org.selvedge.core.Selvedge}. Only {@code org.selvedge.core} is
 * exported; JSON, canonicalization, cryptography and claim rules are internal.
 */
module org.selvedge.core {
    requires transitive org.selvedge.api;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.bouncycastle.provider;
    requires org.hibernate.validator;

    exports org.selvedge.core;
    exports org.selvedge.core.trust;
}
