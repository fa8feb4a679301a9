package org.selvedge.core.crypto;

/** A key, DID or verification method that cannot be used; the message never contains secret material. */
public final class KeyFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeyFormatException(String message) {
        super(message, null, false, false);
    }
}
