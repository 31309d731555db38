package org.glyphgan.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Prints an invalid command line (unknown or conflicting options, missing or malformed values) as
 * one line that points to the verb's help, and exits with {@link #EXIT_USAGE}.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    static final int EXIT_USAGE = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + oneLine(error.getMessage()) + " (see '" + commandLine.getCommandSpec().qualifiedName()
                + " --help')");
        err.flush();
        return EXIT_USAGE;
    }

    /** Joins the message's lines and drops a leading "Error: ", which picocli puts before some messages. */
    private static String oneLine(String message) {
        String text = message == null ? "invalid command line" : message.strip();
        if (text.startsWith("Error: ")) {
            text = text.substring("Error: ".length());
        }
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
