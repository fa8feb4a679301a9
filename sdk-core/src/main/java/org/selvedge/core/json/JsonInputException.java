package org.selvedge.core.json;

import org.selvedge.api.claims.ViolationCode;

/** JSON that cannot be accepted at all, with the stable code, the JSON Pointer where known, and why. */
public final class JsonInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final ViolationCode code;
    private final String path;

    public JsonInputException(ViolationCode code, String path, String message) {
        super(message, null, false, false);
        this.code = code;
        this.path = path;
    }

    /** MALFORMED_JSON, DUPLICATE_KEY or LIMIT_EXCEEDED. */
    public ViolationCode code() {
        return code;
    }

    /** JSON Pointer of the offending value, {@code ""} when it is the document itself. */
    public String path() {
        return path;
    }
}
