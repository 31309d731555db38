package org.glyphgan.sfnt.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FontForgeVerdictWordingTest {
    @Test
    void onlyMissingExtremaIsWordedAsAllowed() {
        assertEquals("validation mask 0x20: only missing extrema, which is allowed",
                FontForgeValidator.detail(0x20, ""));
    }

    @Test
    void severalAllowedFindingsAreNamed() {
        assertEquals("validation mask 0xa1: only missing extrema, too many points for PostScript, which are allowed",
                FontForgeValidator.detail(0xa1, ""));
    }

    @Test
    void cleanMaskSaysSo() {
        assertEquals("validation mask 0x0: no findings", FontForgeValidator.detail(0, ""));
    }

    @Test
    void failingChecksAndGlyphsAreNamed() {
        assertEquals("validation mask 0x28: fails wrong direction (also allowed missing extrema); failing glyphs I=0x28",
                FontForgeValidator.detail(0x28, "I=0x28"));
    }
}
