package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void barShowsStepAndEta() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = ProgressBar.drawingOn(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        bar.update(5, 10, 105, 200);

        String line = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("\r[" + "#".repeat(15) + " ".repeat(15) + "] step 105/200  ETA "), line);
        assertTrue(line.matches("(?s).*ETA \\d+:\\d\\d:\\d\\d $"), line);
    }

    @Test
    void lastStepDrawsAtOnce() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = ProgressBar.drawingOn(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        bar.update(1, 2, 1, 2);
        bar.update(2, 2, 2, 2);
        bar.finish();

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("[" + "#".repeat(30) + "] step 2/2  ETA 0:00:00 "), text);
        assertTrue(text.endsWith(System.lineSeparator()), text);
    }
}
