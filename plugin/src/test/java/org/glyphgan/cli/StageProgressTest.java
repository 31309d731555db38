package org.glyphgan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StageProgressTest {
    @Test
    void terminalBarFillsPerStage() {
        StringWriter text = new StringWriter();
        StageProgress progress = new StageProgress(new PrintWriter(text), true);
        progress.progress("fit style", 0.5);
        progress.progress("fit style", 1.0);
        progress.progress("generate", 0.1);

        String output = text.toString();
        assertTrue(output.contains("\rfit style  [###############               ]  50 %"), output);
        assertTrue(output.contains("\rfit style  [##############################] 100 %" + System.lineSeparator()), output);
        assertTrue(output.contains("\rgenerate   [###                           ]  10 %"), output);
    }

    @Test
    void withoutTerminalNothingIsDrawn() {
        StringWriter text = new StringWriter();
        StageProgress progress = new StageProgress(new PrintWriter(text), false);
        for (int done = 1; done <= 8; done++) {
            progress.progress("generate", done / 8.0);
        }

        assertTrue(text.toString().isEmpty(), text.toString());
    }
}
