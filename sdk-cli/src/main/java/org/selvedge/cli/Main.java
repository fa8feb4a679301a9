package org.selvedge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code selvedge} command. Exit codes everywhere: 0 all valid, 1 something is not (a violated
 * claim, malformed input, a signature that does not verify), 2 usage or I/O errors. No stack traces
 * unless {@code --debug}.
 */
@Command(name = "selvedge", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Check, sign and verify ethical-sourcing provenance records.",
        subcommands = {CheckCommand.class, KeygenCommand.class, SignCommand.class, VerifyCommand.class, InspectCommand.class,
                ExportUntpCommand.class,
                DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Every claim satisfied, every signature valid and trusted. */
    public static final int OK = 0;
    /** Something is invalid, violated, untrusted or malformed. */
    public static final int INVALID = 1;
    /** Wrong usage, or a file that cannot be read or written. */
    public static final int USAGE = 2;

    /**
     * Hibernate Validator announces itself on java.util.logging at INFO; a command's output is for
     * its verdicts. Held in a field because JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, Terminal.stdout(), Terminal.stderr()));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(new Main(), args, out, err);
    }

    /** Runs {@code command} (the {@code selvedge} command, or a test's) with the exit codes and error lines above. */
    static int run(Object command, String[] args, PrintWriter out, PrintWriter err) {
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(command);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : INVALID);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                err.println("selvedge: " + ReportPrinter.safe(ex.getMessage()));
                return USAGE;
            }
            if (ex instanceof InputFiles.TooLarge) {
                err.println("selvedge: " + ReportPrinter.safe(ex.getMessage()) + " (LIMIT_EXCEEDED)");
                return INVALID; // oversized input is invalid input
            }
            err.println("selvedge: internal error: " + ReportPrinter.safe(String.valueOf(ex)));
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("(run again with --debug for details)");
            }
            return INVALID;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("selvedge: " + ReportPrinter.safe(ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try 'selvedge " + (ex.getCommandLine().getCommandName().equals("selvedge") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return USAGE;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // The last line of defence (inputs are bounded before they are read): picocli lets Errors through.
            code = exhausted(e, err, debug);
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * One line for a JVM out of memory (exit 2: the machine could not evaluate the input, which is not a
     * verdict on it; more heap may help) or of stack (exit 1, like any internal error).
     */
    private static int exhausted(VirtualMachineError e, PrintWriter err, boolean debug) {
        boolean memory = e instanceof OutOfMemoryError;
        err.println((memory
                ? "selvedge: out of memory while processing the input (" + ReportPrinter.safe(e.getMessage())
                        + "); give the JVM more heap with JAVA_OPTS=-Xmx..."
                : "selvedge: internal error: stack overflow while processing the input")
                + (debug ? "" : " (run again with --debug for details)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return memory ? USAGE : INVALID;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, demo, ...)");
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"selvedge " + (v == null ? "(development build)" : v)};
        }
    }
}
