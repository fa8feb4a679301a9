package org.selvedge.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.core.ClaimChecker;
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
            description = "Largest accepted (men - women) / men hourly pay gap, 0 to 1 (default: 0.05).")
    BigDecimal payGapTolerance;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Parameters(paramLabel = "RECORD.json", description = "The provenance record.")
    Path record;

    @Override
    public Integer call() {
        ClaimChecker checker = Selvedge.checker();
        if (payGapTolerance != null) {
            try {
                checker = checker.withPayGapTolerance(payGapTolerance);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        ClaimReport report = checker.check(InputFiles.read(record));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Selvedge.toJson(report));
        } else {
            ReportPrinter.print(report, out);
        }
        return report.valid() ? Main.OK : Main.INVALID;
    }
}
