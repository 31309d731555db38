package org.glyphgan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
    @Test
    void helpListsOptionsWithDefaults() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = GlyphganCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        assertEquals(0, commandLine.execute("serve", "--help"));
        assertTrue(out.toString().contains("--port=N"), out.toString());
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("default: 8765"), out.toString());
        assertTrue(out.toString().contains("--styles-dir=DIR"), out.toString());
        assertTrue(out.toString().contains("--model=FILE"), out.toString());
    }

    @Test
    void invalidPortFailsWithOneLine() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = GlyphganCommand.newCommandLine();
        commandLine.setErr(new PrintWriter(err));
        assertEquals(2, commandLine.execute("serve", "--port", "70000"));
        assertEquals("error: Invalid value for option '--port': 70000 is outside 0 to 65535 (0 picks a free port)"
                + " (see 'glyphgan serve --help')", err.toString().strip());
    }
}
