package org.selvedge.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.api.claims.Violation;
import org.selvedge.api.claims.ViolationCode;
import org.selvedge.core.ClaimChecker;
import org.selvedge.core.JsonLimits;
import org.selvedge.core.Selvedge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code selvedge check}: judge a record's claims. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the fair-wage, women-owned and women-led claims of a provenance record.",
                "Exit 0 when the record is valid and every claim is satisfied, 1 when not, 2 on usage errors."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--pay-gap-tolerance", paramLabel = "X",
            description = "Largest accepted (men - women) / men hourly pay gap: a plain decimal from 0 to 1 with at"
                    + " most 10 decimals (default: 0.05).")
    String payGapTolerance;

    /** Digits, optionally a point and more digits: no sign, no exponent (1e-999999999 is not a tolerance). */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,30})?");

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Parameters(paramLabel = "RECORD.json", description = "The provenance record.")
    Path record;

    @Override
    public Integer call() {
        ClaimChecker checker = Selvedge.checker();
        if (payGapTolerance != null) {
            checker = withTolerance(checker, payGapTolerance);
        }
        ClaimReport report;
        int limit = JsonLimits.DEFAULT.maxDocumentBytes(); // the checker's own: larger is refused unread
        try {
            report = checker.check(InputFiles.read(record, limit));
        } catch (InputFiles.TooLarge e) {
            report = ClaimReport.unreadable(List.of(new Violation(ViolationCode.LIMIT_EXCEEDED, "",
                    "the document is more than " + e.limit() + " bytes, over the limit of " + e.limit())));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Selvedge.toJson(report));
        } else {
            ReportPrinter.print(report, out);
        }
        return report.valid() ? Main.OK : Main.INVALID;
    }

    private static ClaimChecker withTolerance(ClaimChecker checker, String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        if (!PLAIN_DECIMAL.matcher(value).matches()) {
            throw new UsageException("--pay-gap-tolerance must be a plain decimal from 0 to 1 with at most "
                    + ClaimChecker.MAX_PAY_GAP_TOLERANCE_DECIMALS + " decimals, such as 0.05; got " + shown);
        }
        try {
            return checker.withPayGapTolerance(new BigDecimal(value));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--pay-gap-tolerance: " + e.getMessage());
        }
    }
}
