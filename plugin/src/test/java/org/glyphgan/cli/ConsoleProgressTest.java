package org.glyphgan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    @Test
    void terminalBarFillsAndEndsLine() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), true);
        progress.progress(1, 2, "U+0041 'A'");
        progress.progress(2, 2, "U+0042 'B'");

        String output = text.toString();
        assertTrue(output.contains("\r[###############               ] 1/2 U+0041 'A'"), output);
        assertTrue(output.contains("\r[##############################] 2/2 U+0042 'B'"), output);
        assertTrue(output.endsWith(System.lineSeparator()), output);
    }

    @Test
    void withoutTerminalNothingIsDrawn() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false);
        for (int done = 1; done <= 8; done++) {
            progress.progress(done, 8, "step");
        }

        assertTrue(text.toString().isEmpty(), text.toString());
    }
}
