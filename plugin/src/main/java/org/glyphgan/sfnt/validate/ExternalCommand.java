package org.glyphgan.sfnt.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a validator program with a time limit, capturing stdout and stderr. */
final class ExternalCommand {
    /** The outcome: exit code (-1 when the program timed out or could not start) and output. */
    record Result(int exitCode, String stdout, String stderr, String failure) {
        boolean ok() {
            return failure == null && exitCode == 0;
        }

        /** stdout and stderr joined, trimmed, for a verdict's detail. */
        String output() {
            return (stdout + "\n" + stderr).strip();
        }
    }

    private ExternalCommand() {
    }

    static Result run(List<String> command, Duration timeout) {
        Path stdout = null;
        Path stderr = null;
        try {
            stdout = Files.createTempFile("glyphgan-validator", ".out");
            stderr = Files.createTempFile("glyphgan-validator", ".err");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "", "", command.get(0) + " timed out after " + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            return new Result(-1, "", "", "cannot run " + command.get(0) + " (is it installed?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "", command.get(0) + " was interrupted");
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // A leftover temporary file in the system temp directory is harmless.
            }
        }
    }
}
