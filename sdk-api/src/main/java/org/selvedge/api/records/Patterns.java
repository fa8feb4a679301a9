package org.selvedge.api.records;

/** The formats the wire format fixes for codes and identifiers, as regular expressions and messages. */
public final class Patterns {
    public static final String COUNTRY = "[A-Z]{2}";
    public static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 country code such as PE";
    public static final String REGION = "[A-Z]{2}(-[A-Z0-9]{1,3})?";
    public static final String REGION_MESSAGE = "must be an ISO 3166-2 region (PE-CUS) or an ISO 3166-1 country (PE)";
    /**
     * A producer's region: an ISO 3166-2 subdivision, never a bare country (that is what {@code country}
     * says). That it lies in the producer's country is checked across the two fields.
     */
    public static final String SUBDIVISION = "[A-Z]{2}-[A-Z0-9]{1,3}";
    public static final String SUBDIVISION_MESSAGE = "must be an ISO 3166-2 subdivision such as PE-CUS (the country"
            + " code, a hyphen, up to three letters or digits)";
    public static final String CURRENCY = "[A-Z]{3}";
    public static final String CURRENCY_MESSAGE = "must be an ISO 4217 currency code such as PEN";
    /** A URI with a scheme: {@code urn:uuid:...}, {@code did:...}, {@code https:...}. */
    public static final String URI = "[A-Za-z][A-Za-z0-9+.-]*:\\S+";
    public static final String URI_MESSAGE = "must be a URI such as urn:uuid:..., did:... or https:...";

    private Patterns() {}
}
