package org.glyphgan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Request values in log lines: control characters are escaped so that no line can be forged. */
class LogTextTest {
    @Test
    void lineBreaksAreEscaped() {
        assertEquals("Invalid pitch 'auto\\u000A23:59:59 INFO forged'",
                Exchanges.forLog("Invalid pitch 'auto\n23:59:59 INFO forged'"));
    }

    @Test
    void nulAndCarriageReturnAreEscaped() {
        assertEquals("a\\u0000b\\u000Dc", Exchanges.forLog("a\u0000b\rc"));
    }

    @Test
    void printableTextIsKept() {
        assertEquals("Field 'pitch' is 5: use \"auto\" – ok", Exchanges.forLog("Field 'pitch' is 5: use \"auto\" – ok"));
        assertEquals("null", Exchanges.forLog(null));
    }
}
