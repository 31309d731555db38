package org.glyphgan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphgan.eval.EvaluateCommand;
import org.glyphgan.gan.ShippedResources;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code evaluate} without {@code --model} and {@code --classifier} reads the files the plugin jar ships. */
class EvaluateDefaultsTest {
    @Test
    void evaluateDefaultsToShippedModel() throws IOException {
        List<Path> loadedPaths = new ArrayList<>();
        List<byte[]> loadedBytes = new ArrayList<>();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand(file -> {
            loadedPaths.add(file);
            loadedBytes.add(Files.readAllBytes(file));
            throw new IOException("stop after the model file");
        }, file -> {
            throw new IOException("datasets are not read in this test");
        }));
        command.setErr(new PrintWriter(err));

        int exitCode = command.execute("--split", "validation");

        assertEquals(1, exitCode, err.toString());
        assertTrue(err.toString().contains("stop after the model file"), err.toString());
        assertEquals(1, loadedPaths.size());
        assertArrayEquals(shipped(ShippedResources.MODEL), loadedBytes.get(0));
        assertFalse(Files.exists(loadedPaths.get(0)), "the temporary copy is left behind: " + loadedPaths.get(0));
    }

    private static byte[] shipped(String resource) throws IOException {
        try (InputStream in = EvaluateDefaultsTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
