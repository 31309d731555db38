package org.glyphgan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StyleOptionsTest {
    @Test
    void trainingFontNamesBecomeReadable() {
        assertEquals("DejaVuSans Bold", StyleOptions.readable("dejavu-sans/DejaVuSans-Bold.ttf"));
        assertEquals("playfair display latin 400 italic",
                StyleOptions.readable("playfair-display/playfair-display-latin-400-italic.woff"));
        assertEquals("serif", StyleOptions.readable("serif"));
    }
}
