package org.selvedge.core;

/**
 * The one checked exception of the Selvedge API: input that cannot be used at all (not a record,
 * not a credential, an unreadable key) or a usage error. Outcomes that are verdicts (a violated
 * claim, a signature that does not verify) are results, never exceptions.
 */
public class SelvedgeException extends Exception {
    private static final long serialVersionUID = 1L;

    public SelvedgeException(String message) {
        super(message);
    }

    public SelvedgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
