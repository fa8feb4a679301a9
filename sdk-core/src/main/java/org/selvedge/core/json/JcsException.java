package org.selvedge.core.json;

/** A value that RFC 8785 cannot canonicalize: a non-finite number, a lone surrogate, a non-JSON node. */
public final class JcsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JcsException(String message) {
        super(message, null, false, false);
    }
}
