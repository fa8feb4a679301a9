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
            out.println(indent + FAIL + " record  " + v.code() + " " + path(v) + ": " + v.message());
        }
        for (ClaimResult c : report.claims()) {
            out.println(indent + (c.satisfied() ? PASS : FAIL) + " " + pad(topic(c), 26) + " "
                    + pad(producerName(record, c.claim().producer()), 34) + " " + figures(c));
            for (Violation v : c.violations()) {
                out.println(indent + "    " + v.code() + " " + path(v) + ": " + v.message());
            }
        }
        long violated = report.claims().stream().filter(c -> !c.satisfied()).count();
        String verdict = report.valid()
                ? "VALID: all " + report.claims().size() + " claims satisfied"
                : "INVALID: " + violated + " of " + report.claims().size() + " claims violated"
                        + (report.recordViolations().isEmpty() ? "" : ", " + report.recordViolations().size()
                                + " record problem" + (report.recordViolations().size() == 1 ? "" : "s"));
        out.println(indent + verdict);
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

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
