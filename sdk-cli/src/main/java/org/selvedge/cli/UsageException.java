package org.selvedge.cli;

/** A usage or I/O problem the user can fix: reported in one line, exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
