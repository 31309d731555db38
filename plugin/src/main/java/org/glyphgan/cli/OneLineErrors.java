package org.glyphgan.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import org.glyphgan.facade.UnknownStyleException;
import picocli.CommandLine;

/** Prints a failed command's error as one line on stderr, and its stack trace with {@code -v}. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean verbose = verbose(commandLine, parseResult);
        commandLine.getErr().println("error: " + describe(error));
        if (verbose) {
            error.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return EXIT_FAILURE;
    }

    /**
     * Returns whether {@code -v} was given, before or after the verb. A subcommand's parse result holds
     * only the arguments after the verb, so the parent commands' results are checked too.
     */
    private static boolean verbose(CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (Arrays.asList(parseResult.originalArgs()).contains("-v")
                || Arrays.asList(parseResult.originalArgs()).contains("--verbose")) {
            return true;
        }
        for (CommandLine command = commandLine; command != null; command = command.getParent()) {
            CommandLine.ParseResult result = command.getParseResult();
            if (result != null && result.hasMatchedOption("-v")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the message of the error, or its type when it has none, with the cause's message if
     * different; an unknown style gets the command that lists the styles.
     */
    static String describe(Throwable error) {
        String message = messageOf(error);
        if (error instanceof UnknownStyleException) {
            return message + "; run 'glyphgan styles' to list the named and custom styles";
        }
        Throwable cause = error.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(messageOf(cause))) {
            message += ": " + messageOf(cause);
        }
        return message;
    }

    /**
     * Returns the error's message. A file-system error without a reason carries only the path as its
     * message, so the reason is added: "PATH: file or folder not found" or "PATH: permission denied".
     */
    private static String messageOf(Throwable error) {
        if (error instanceof FileSystemException files && files.getReason() == null) {
            if (error instanceof NoSuchFileException) {
                return files.getFile() + ": file or folder not found";
            }
            if (error instanceof AccessDeniedException) {
                return files.getFile() + ": permission denied";
            }
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
