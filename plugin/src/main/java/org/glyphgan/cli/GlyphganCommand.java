package org.glyphgan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code glyphgan} command line: one verb per job. Errors print one line and exit non-zero
 * (2 for an invalid command line, 1 for a failed job); {@code -v} adds the stack trace.
 */
@Command(name = "glyphgan",
        mixinStandardHelpOptions = true,
        version = "glyphgan 0.1.0",
        description = {"Generates glyphs with a conditional GAN, traces them to outlines and writes SVG and TTF.",
            "Errors print one line on stderr; add -v to any verb to print the stack trace as well."},
        subcommands = {CommandLine.HelpCommand.class})
public final class GlyphganCommand implements Callable<Integer> {

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** Prints the usage with every verb, because a new {@code CommandLine} would list only {@code help}. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; used by {@link #main} and by tests. */
    public static int run(String... args) {
        CommandLine commandLine = newCommandLine();
        return commandLine.execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new GlyphganCommand());
        Subcommands.addTo(commandLine);
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }
}
