package org.selvedge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.selvedge.api.claims.ClaimReport;
import org.selvedge.core.Selvedge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code selvedge demo}: the whole story on embedded example data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole Selvedge story on embedded example data (nothing is read or sent anywhere).")
final class DemoCommand implements Callable<Integer> {
    static final String RECORD = "demo/table-runner.json";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String record = resource(RECORD);

        step(out, 1, "A cooperative's provenance record: a Guatemalan weaving association and a bead artisan");
        ClaimReport report = Selvedge.check(record);
        out.println("   " + report.record().product().name() + " (" + report.record().producers().size()
                + " producers, " + report.record().claims().size() + " claims)");
        ReportPrinter.print(report, out, "   ");
        if (!report.valid()) {
            return Main.INVALID;
        }

        step(out, 2, "The same record with the weavers' piece price cut from 420.00 to 300.00 GTQ");
        String cut = record.replace("\"amount\": \"420.00\"", "\"amount\": \"300.00\"");
        ClaimReport cutReport = Selvedge.check(cut);
        ReportPrinter.print(cutReport, out, "   ");
        if (cutReport.valid()) {
            return Main.INVALID;
        }
        out.println();
        out.println("Demo complete: the honest record passes; the cut piece rate is caught with its reason and path.");
        return Main.OK;
    }

    private static void step(PrintWriter out, int n, String title) {
        out.println();
        out.println(n + ". " + title);
    }

    static String resource(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo data " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
