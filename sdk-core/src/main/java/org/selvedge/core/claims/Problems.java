package org.selvedge.core.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.selvedge.api.claims.Violation;

/**
 * The reader and structural problems of one record, indexed by JSON Pointer so that "is anything at
 * or under this path invalid?" and "is this path at or under a problem?" cost a few hash lookups, not
 * a scan of every problem. A valid record has none, and then every question is answered without
 * touching a map.
 */
final class Problems {
    /** Every problem path; empty (and the others unallocated) for a valid record. */
    private Set<String> paths = Set.of();
    /** Every problem path and each of its ancestors, the root {@code ""} included. */
    private Set<String> covered;
    /** The problems under each element ({@code /wageEvidence/3}) or list ({@code /claims}), in order. */
    private Map<String, List<Violation>> byElement;

    void add(Violation v) {
        if (paths.isEmpty()) {
            paths = new HashSet<>();
            covered = new HashSet<>();
            byElement = new HashMap<>();
        }
        String path = v.path();
        paths.add(path);
        // Each path comes with all its ancestors, so the first ancestor already present has its own too.
        for (String p = path; covered.add(p) && !p.isEmpty(); ) {
            p = parent(p);
        }
        byElement.computeIfAbsent(element(path), k -> new ArrayList<>(2)).add(v);
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Whether a problem lies at {@code path} or anywhere under it. */
    boolean atOrUnder(String path) {
        return !paths.isEmpty() && covered.contains(path);
    }

    /** Whether a problem lies at {@code path} or at one of its ancestors. */
    boolean atOrAbove(String path) {
        if (paths.isEmpty()) {
            return false;
        }
        for (String p = path; ; p = parent(p)) {
            if (paths.contains(p)) {
                return true;
            }
            if (p.isEmpty()) {
                return false;
            }
        }
    }

    /** Whether {@code path} and a problem are on one line of descent: the same, or one under the other. */
    boolean overlaps(String path) {
        return atOrUnder(path) || atOrAbove(path);
    }

    /**
     * The problems at or under an element of one of the record's lists ({@code /producers/2}), or exactly
     * at a top-level member ({@code /benchmarks}), in the order they were added.
     */
    List<Violation> under(String element) {
        return paths.isEmpty() ? List.of() : byElement.getOrDefault(element, List.of());
    }

    /** {@code /a/b} for {@code /a/b/c}; {@code ""} (the whole record) for {@code /a}. */
    static String parent(String path) {
        int cut = path.lastIndexOf('/');
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** The first two segments of {@code path}: {@code /wageEvidence/3/pay/amount} belongs to {@code /wageEvidence/3}. */
    static String element(String path) {
        int first = path.indexOf('/', 1);
        if (first < 0) {
            return path;
        }
        int second = path.indexOf('/', first + 1);
        return second < 0 ? path : path.substring(0, second);
    }
}
