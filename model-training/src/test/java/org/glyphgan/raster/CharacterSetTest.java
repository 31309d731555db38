package org.glyphgan.raster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharacterSetTest {
    @Test
    void basicIsPrintableAscii() {
        CharacterSet basic = CharacterSet.basic();
        assertEquals(94, basic.size());
        assertEquals(0x21, basic.codePoints().get(0));
        assertEquals(0x7E, basic.codePoints().get(93));
    }

    @Test
    void latin1AddsLettersWithoutSigns() {
        CharacterSet latin1 = CharacterSet.latin1();
        assertEquals(94 + 64 - 2, latin1.size());
        assertTrue(latin1.contains(0xC5));
        assertFalse(latin1.contains(0xD7));
        assertFalse(latin1.contains(0xF7));
    }

    @Test
    void rangesAndLiteralsCombine() {
        CharacterSet set = CharacterSet.parse("U+0041-U+0043,cba,U+00C9,U+002C");
        assertEquals(List.of(0x2C, 0x41, 0x42, 0x43, 0x61, 0x62, 0x63, 0xC9), set.codePoints());
    }

    @Test
    void invalidSpecsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CharacterSet.parse(""));
        assertThrows(IllegalArgumentException.class, () -> CharacterSet.parse("U+005A-U+0041"));
        assertThrows(IllegalArgumentException.class, () -> CharacterSet.parse("a,,b"));
        assertThrows(IllegalArgumentException.class, () -> CharacterSet.parse("U+0000-U+10FFFF"));
    }
}
