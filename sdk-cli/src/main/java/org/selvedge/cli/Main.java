package org.selvedge.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code selvedge} command. Exit codes everywhere: 0 all valid, 1 something is not (a violated
 * claim, malformed input, a signature that does not verify), 2 usage or I/O errors. No stack traces
 * unless {@code --debug}.
 */
@Command(name = "selvedge", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Check, sign and verify ethical-sourcing provenance records.")
public final class Main implements Runnable {
    /** Every claim satisfied, every signature valid and trusted. */
    public static final int OK = 0;
    /** Something is invalid, violated, untrusted or malformed. */
    public static final int INVALID = 1;
    /** Wrong usage, or a file that cannot be read or written. */
    public static final int USAGE = 2;

    /**
     * The subcommands, in the order help lists them. picocli introspects every command it is given (and
     * instantiates it) before it parses anything, so a run registers only the one it was asked for:
     * a one-shot {@code selvedge verify} then starts without reading the other seven.
     */
    private static final List<String> COMMANDS = List.of("check", "keygen", "sign", "verify", "inspect", "export", "demo", "help");

    private static Object command(String name) {
        switch (name) {
            case "check":
                return new CheckCommand();
            case "keygen":
                return new KeygenCommand();
            case "sign":
                return new SignCommand();
            case "verify":
                return new VerifyCommand();
            case "inspect":
                return new InspectCommand();
            case "export":
                return new ExportUntpCommand();
            case "demo":
                return new DemoCommand();
            default:
                return new CommandLine.HelpCommand();
        }
    }

    /** The commands that check records built in Java, where Hibernate Validator runs (and logs). */
    private static final Set<String> VALIDATING = Set.of("sign", "export", "demo");

    /**
     * Hibernate Validator announces itself on java.util.logging at INFO; a command's output is for
     * its verdicts. Held in a field because JUL keeps loggers only weakly; set only for the commands
     * that can start Hibernate Validator, as initializing JUL is a cost the others need not pay.
     */
    private static java.util.logging.Logger hibernateLog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, Terminal.stdout(), Terminal.stderr()));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length == 0 ? "" : args[0];
        if (COMMANDS.contains(first) && !first.equals("help")) {
            cl.addSubcommand(first, command(first));
            if (VALIDATING.contains(first)) {
                quietHibernateValidator();
            }
        } else { // help, usage and suggestions need them all
            for (String name : COMMANDS) {
                cl.addSubcommand(name, command(name));
            }
            quietHibernateValidator();
        }
        return run(cl, args, out, err);
    }

    private static synchronized void quietHibernateValidator() {
        if (hibernateLog == null) {
            hibernateLog = java.util.logging.Logger.getLogger("org.hibernate");
            hibernateLog.setLevel(java.util.logging.Level.WARNING);
        }
    }

    /** Runs {@code command} (a test's) with the exit codes and error lines above. */
    static int run(Object command, String[] args, PrintWriter out, PrintWriter err) {
        return run(new CommandLine(command), args, out, err);
    }

    private static int run(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
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
        if (out.checkError() && code != USAGE) { // PrintWriter swallows write errors: a full disk, a closed pipe
            err.println("selvedge: cannot write to standard output");
            code = USAGE;
        }
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
