package org.selvedge.core;

import java.util.List;
import org.selvedge.api.claims.Violation;

/**
 * JSON that is not a well-formed provenance record, with every problem found and its JSON Pointer.
 *
 * <pre>{@code
 * try {
 *     ProductProvenance read = Selvedge.readRecord(Files.readAllBytes(path));
 * } catch (RecordFormatException e) {
 *     // INVALID_FIELD at /wageEvidence/0/pay/amount: must be a decimal string such as "3200", not a JSON number...
 *     e.problems().forEach(p -> log.warn("{} at {}: {}", p.code(), p.path(), p.message()));
 * }
 * }</pre>
 */
public final class RecordFormatException extends SelvedgeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> problems;

    public RecordFormatException(List<Violation> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem: code ({@code INVALID_FIELD}, {@code MALFORMED_JSON}, ...), path, message. */
    public List<Violation> problems() {
        return problems;
    }

    private static String summary(List<Violation> problems) {
        if (problems.isEmpty()) {
            return "not a valid provenance record";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
