package org.selvedge.core;

/**
 * Limits applied while JSON is parsed, before any deeper work, so that hostile input (a
 * 100,000-deep array, a 4 MB string) is refused in milliseconds with a clear message.
 *
 * <p>The {@link #DEFAULT defaults} are far above what any provenance record or credential needs (a
 * record is a few kilobytes and a few levels deep) and far below what could hurt a server.
 *
 * <p>The nesting depth can be raised to at most {@link #MAX_DEPTH}: trees are built and canonicalized
 * recursively, and a deeper limit would let a hostile document exhaust a thread's stack.
 *
 * <pre>{@code
 * // A listing pipeline that only ever sees small records: refuse anything over 64 KiB or 16 levels deep
 * JsonLimits tight = JsonLimits.DEFAULT.withMaxDocumentBytes(64 * 1024).withMaxDepth(16);
 * ClaimChecker checker = Selvedge.checker().withJsonLimits(tight);
 * Verifier strict = verifier.withJsonLimits(tight);
 * ProductProvenance read = Selvedge.readRecord(Files.readAllBytes(path), tight);
 * }</pre>
 *
 * @param maxDocumentBytes largest accepted document, in bytes
 * @param maxDepth deepest nesting of arrays and objects, 1 to {@link #MAX_DEPTH}
 * @param maxStringLength longest string value or member name, in chars
 * @param maxNumberLength longest number literal, in chars
 * @param maxArrayLength most elements in one array
 * @param maxObjectMembers most members in one object
 */
public record JsonLimits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength,
        int maxArrayLength, int maxObjectMembers) {

    /** 1 MiB documents, depth 64, 64 KiB strings, 64-char numbers, 10,000 elements or members. */
    public static final JsonLimits DEFAULT = new JsonLimits(1 << 20, 64, 64 * 1024, 64, 10_000, 10_000);

    /** The largest nesting depth a limit may allow. */
    public static final int MAX_DEPTH = 1_000;

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException when a limit is below 1 or {@code maxDepth} is above {@link #MAX_DEPTH}
     */
    public JsonLimits {
        if (maxDocumentBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1
                || maxArrayLength < 1 || maxObjectMembers < 1) {
            throw new IllegalArgumentException("every JSON limit must be at least 1");
        }
        if (maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("maxDepth must be at most " + MAX_DEPTH + ", got " + maxDepth
                    + ": documents are read recursively, and deeper nesting could exhaust the stack");
        }
    }

    /** These limits with a different maximum document size. */
    public JsonLimits withMaxDocumentBytes(int bytes) {
        return new JsonLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxArrayLength, maxObjectMembers);
    }

    /**
     * These limits with a different maximum nesting depth.
     *
     * @throws IllegalArgumentException when {@code depth} is below 1 or above {@link #MAX_DEPTH}
     */
    public JsonLimits withMaxDepth(int depth) {
        return new JsonLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxArrayLength,
                maxObjectMembers);
    }
}
