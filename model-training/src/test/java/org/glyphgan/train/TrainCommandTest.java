package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine line = TrainCommand.commandLine();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        return line.execute(args);
    }

    @Test
    void missingSeedIsOneLineError() {
        StringWriter err = new StringWriter();
        int code = run(err, "--train", "t.bin", "--base", "b.bin", "--out", dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("train: No training seed"), err.toString());
    }

    @Test
    void missingDatasetFileIsNamed() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("missing-train.bin");
        int code = run(err, "--seed", "1", "--train", missing.toString(), "--base", "b.bin", "--out", dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains(missing.toString()), err.toString());
    }

    @Test
    void helpListsOptionsWithDefaults() {
        StringWriter out = new StringWriter();
        CommandLine line = TrainCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        assertEquals(0, line.execute("--help"));
        assertTrue(out.toString().contains("--resume"));
        assertTrue(out.toString().contains("default 4000"));
    }
}
