package com.claimboard.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar claimboard.jar extract|split|match|bench …}: the engines without the server. A wrong call gets the
 * usage and exit status 2; a file that cannot be read gets a message and status 1; never a stack trace.
 */
@Command(
        name = "claimboard",
        mixinStandardHelpOptions = true,
        description = "Claimboard's text engines, without starting the server.",
        subcommands = {
            ExtractCommand.class,
            SplitCommand.class,
            MatchCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ClaimboardCommand implements Runnable {

    private static final Set<String> COMMANDS = Set.of("extract", "split", "match", "bench", "help", "--help", "-h");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether these arguments ask for a command rather than the web application. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Lucene says on standard error, at its first use, that this JDK's vector API is not enabled; the matcher uses
     * no vectors, and a command's output stays clean. Held here so the setting is not collected.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    /** Runs a command and returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        CommandLine commandLine = new CommandLine(new ClaimboardCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        PrintWriter errors = new PrintWriter(err, true, StandardCharsets.UTF_8);
        commandLine.setErr(errors);
        // The usage always, with picocli's "did you mean" when it has one (by default it prints only that).
        commandLine.setParameterExceptionHandler((wrong, arguments) -> {
            PrintWriter to = wrong.getCommandLine().getErr();
            to.println(wrong.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(wrong, to);
            wrong.getCommandLine().usage(to);
            return wrong.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
            errors.println("claimboard: " + failure.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: extract, split, match or bench");
    }

    /** Writes a command's result as one line of JSON. */
    static void print(CommandLine.Model.CommandSpec spec, Object result) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.write(result));
        out.flush();
    }
}
