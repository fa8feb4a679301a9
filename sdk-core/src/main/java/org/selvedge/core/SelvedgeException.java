package org.selvedge.core;

/**
 * The one checked exception of the Selvedge API: input that cannot be used at all (not a record,
 * not a credential, an unreadable key) or a usage error. Outcomes that are verdicts (a violated
 * claim, a signature that does not verify) are results, never exceptions.
 *
 * <pre>{@code
 * try {
 *     SigningIdentity identity = SigningIdentity.fromJwk(Files.readString(keyFile));
 *     Files.writeString(path, Selvedge.signer(identity).sign(record));
 * } catch (ClaimsViolatedException e) {
 *     e.report().allViolations().forEach(v -> log.warn("not signed: {}", v));
 * } catch (SelvedgeException e) {
 *     log.warn("not signed: {}", e.getMessage());   // e.g. not a usable private key; never the secret itself
 * }
 * }</pre>
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
