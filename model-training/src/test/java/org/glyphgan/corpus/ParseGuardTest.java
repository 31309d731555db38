package org.glyphgan.corpus;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseGuardTest {
    @Test
    void hangingParseTimesOut() {
        FontLoadException error = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThrows(FontLoadException.class, () -> ParseGuard.call("stuck.ttf", "parsing",
                        Duration.ofMillis(200), () -> {
                            while (true) {
                                Thread.onSpinWait(); // ignores interrupts, like a parser caught in a loop
                            }
                        })));
        assertTrue(error.getMessage().contains("stuck.ttf"), error.getMessage());
        assertTrue(error.getMessage().contains("timed out"), error.getMessage());
    }

    @Test
    void parserCrashBecomesFontLoadException() {
        FontLoadException error = assertThrows(FontLoadException.class, () -> ParseGuard.call("bad.otf",
                "parsing", Duration.ofSeconds(1), () -> {
                    throw new ArrayIndexOutOfBoundsException("index 70000");
                }));
        assertTrue(error.getMessage().contains("bad.otf"), error.getMessage());
        assertTrue(error.getMessage().contains("index 70000"), error.getMessage());
    }

    @Test
    void resultPassesThrough() throws FontLoadException {
        assertEquals(42, ParseGuard.call("ok.ttf", "parsing", Duration.ofSeconds(1), () -> 42));
    }
}
