package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;

class DeferredScorerTest {
    private static final List<GrayBitmap> GLYPHS = List.of(GrayBitmap.blank(4, 4));

    @Test
    void loadedScorerAnswersCalls() {
        DeferredScorer scorer = new DeferredScorer(() -> (glyphs, codePoints) -> new double[] {0.25});
        assertArrayEquals(new double[] {0.25}, scorer.confidences(GLYPHS, List.of(65)));
    }

    @Test
    void failedLoadRaisesOnEveryCall() {
        DeferredScorer scorer = new DeferredScorer(() -> {
            throw new GlyphGanException("The shipped classifier cannot be read");
        });
        for (int call = 0; call < 2; call++) {
            GlyphGanException e = assertThrows(GlyphGanException.class, () -> scorer.confidences(GLYPHS, List.of(65)));
            assertEquals("The shipped classifier cannot be read", e.getMessage());
        }
    }
}
