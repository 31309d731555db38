package org.glyphgan.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SameDiffOutputTest {

    @Test
    void gradientBuildLinesDroppedOtherPrintsGoToStderr() {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        try {
            String result = SameDiffOutput.toStderr(() -> {
                System.out.println(SameDiffOutput.GRADIENT_BUILD_LINE + "conv2d");
                System.out.println("Warning: something else");
                return "done";
            });
            System.out.println("result");
            assertEquals("done", result);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals("result" + System.lineSeparator(), capturedOut.toString(StandardCharsets.UTF_8));
        assertEquals("Warning: something else" + System.lineSeparator(), capturedErr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stdoutRestoredAfterFailure() {
        PrintStream stdout = System.out;
        assertThrows(IllegalStateException.class, () -> SameDiffOutput.toStderr(() -> {
            throw new IllegalStateException("boom");
        }));
        assertSame(stdout, System.out);
    }
}
