package org.selvedge.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.ClaimResult;
import org.selvedge.api.claims.OwnershipFigures;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.WageFigures;
import org.selvedge.api.records.ClaimTopic;
import org.selvedge.api.records.Producer;
import org.selvedge.api.records.ProductProvenance;

/** The human form of a claim report: one line per claim, then each violation with its path. */
final class ReportPrinter {
    static final String PASS = "\u2713";
    static final String FAIL = "\u2717";

    private ReportPrinter() {}

    static void print(ClaimReport report, PrintWriter out) {
        print(report, out, "");
    }

    static void print(ClaimReport report, PrintWriter out, String indent) {
        ProductProvenance record = report.record();
        for (Violation v : report.recordViolations()) {
            out.println(safe(indent + FAIL + " record  " + v.code() + " " + path(v) + ": " + v.message()));
        }
        for (ClaimResult c : report.claims()) {
            out.println(safe(indent + (c.satisfied() ? PASS : FAIL) + " " + pad(topic(c), 26) + " "
                    + pad(producerName(record, c.claim().producer()), 34) + " " + figures(c)));
            for (Violation v : c.violations()) {
                out.println(safe(indent + "    " + v.code() + " " + path(v) + ": " + v.message()));
            }
        }
        long violated = report.claims().stream().filter(c -> !c.satisfied()).count();
        String verdict = report.valid()
                ? "VALID: all " + report.claims().size() + " claims satisfied"
                : "INVALID: " + violated + " of " + report.claims().size() + " claims violated"
                        + (report.recordViolations().isEmpty() ? "" : ", " + report.recordViolations().size()
                                + " record problem" + (report.recordViolations().size() == 1 ? "" : "s"));
        out.println(safe(indent + verdict));
    }

    private static String topic(ClaimResult c) {
        return c.claim().topic() == ClaimTopic.FAIR_WAGE
                ? "FAIR_WAGE (" + c.claim().effectiveBasis() + ")"
                : c.claim().topic().name();
    }

    private static String figures(ClaimResult c) {
        if (c.figures() instanceof WageFigures w && w.effectiveHourly() != null) {
            String s = "effective " + w.effectiveHourly().toPlainString() + " " + w.currency() + "/h";
            if (w.benchmarkHourly() != null) {
                s += " vs " + (c.claim().effectiveBasis().name().equals("LIVING_WAGE") ? "living wage " : "legal minimum ")
                        + w.benchmarkHourly().toPlainString() + " " + w.currency() + "/h";
            }
            if (w.payGap() != null) {
                s += ", pay gap " + percent(w.payGap());
            }
            return s;
        }
        if (c.figures() instanceof OwnershipFigures o) {
            StringBuilder s = new StringBuilder();
            if (o.womenOwnershipShare() != null) {
                s.append("women own ").append(percent(o.womenOwnershipShare()));
            }
            if (o.womenManagementShare() != null) {
                s.append(s.length() > 0 ? ", " : "").append("manage ").append(percent(o.womenManagementShare()));
            }
            if (o.womenBoardShare() != null) {
                s.append(s.length() > 0 ? ", " : "").append("board ").append(percent(o.womenBoardShare()));
            }
            return s.toString();
        }
        return "";
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String producerName(ProductProvenance record, String id) {
        if (record != null) {
            Producer p = record.producer(id);
            if (p != null && p.name() != null) {
                return p.name();
            }
        }
        return id == null ? "?" : id;
    }

    /** The path as people read it: the whole record is "(record)", since "/" is the member named "". */
    private static String path(Violation v) {
        return v.path().isEmpty() ? "(record)" : v.path();
    }

    /**
     * Text from a record or credential, safe to print on a terminal: C0 and C1 control characters, DEL,
     * the Unicode bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and the
     * line and paragraph separators are written as a backslash, {@code u} and four hex digits, as in
     * JSON. Otherwise a producer named "Warmi", NUL, newline, "✓ FAKE LINE", ESC "[31m" prints a
     * forged verdict line and colours the terminal. Every line of human output goes through here;
     * {@code --json} output is JSON-escaped instead.
     */
    static String safe(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        int n = s.length();
        while (i < n && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n + 12).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                b.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code out} with every string printed through {@link #safe}: for commands that print input piece by piece. */
    static PrintWriter safeLines(PrintWriter out) {
        return new PrintWriter(out) {
            @Override
            public void print(String s) {
                super.print(safe(s)); // println(String) and println(Object) print through here
            }
        };
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
