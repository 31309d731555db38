package org.glyphgan.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** Prints a failed command's error as one line on stderr, and its stack trace with {@code -v}. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean verbose = Arrays.asList(parseResult.originalArgs()).contains("-v")
                || Arrays.asList(parseResult.originalArgs()).contains("--verbose");
        commandLine.getErr().println("error: " + describe(error));
        if (verbose) {
            error.printStackTrace(commandLine.getErr());
        } else {
            commandLine.getErr().println("(run with -v for the stack trace)");
        }
        commandLine.getErr().flush();
        return EXIT_FAILURE;
    }

    /** The message of the error, or its type when it has none, with the cause's message if different. */
    static String describe(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Throwable cause = error.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += ": " + cause.getMessage();
        }
        return message;
    }
}
