package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.eval.GlyphMetrics;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GlyphRasterizer;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model shipped in the plugin jar: it loads from the resource and draws every default
 * character of its first three named styles (DejaVu Sans, Sans Bold and Serif) without a failure,
 * a blank glyph or a flooded one. Blank and flooded follow the evaluation's rule, ink under 0.5 %
 * or over 60 % of the bitmap. A blank counts only where the real glyph of the training font is not
 * blank. The test reads the bitmaps the façade keeps, after contrast stretching of faint strokes.
 *
 * <p>NOTE: other training styles do have such blanks, mostly small marks and the underscore (129 of
 * the 24,158 glyphs of the 257 training fonts drawn with their own codes and zero noise, by
 * {@code MarkInkBenchmark} over all 94 characters). The model card lists them as a known weakness.
 */
@Tag("shipped")
class ShippedModelTest {
    private static final Path FONTS = Path.of("..", "fonts");
    private static final int STYLES = 3;

    @TempDir
    Path stylesDir;

    @Test
    void shippedModelDrawsEveryDefaultCharacter() throws Exception {
        try (GlyphGan glyphGan = GlyphGan.openShipped(stylesDir)) {
            List<String> styles = glyphGan.styles().stream().filter(style -> style.kind().equals(StyleInfo.NAMED))
                    .map(StyleInfo::name).limit(STYLES).toList();
            assertEquals(STYLES, styles.size(), "named styles of the shipped model: " + glyphGan.styles());
            List<String> problems = new ArrayList<>();
            for (String style : styles) {
                problems.addAll(problems(glyphGan, style));
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }

    /**
     * Draws every default character in {@code style} and lists each failure, each empty outline,
     * each blank glyph whose real counterpart in the training font is not blank, and each flooded glyph.
     */
    private static List<String> problems(GlyphGan glyphGan, String style) throws Exception {
        GlyphSet set = glyphGan.generate(new GenerateRequest(new StyleSource.Named(style),
                CharacterSet.basic().codePoints(), 1, 0), ProgressListener.NONE, Cancellation.none());
        List<String> problems = new ArrayList<>();
        set.failures().forEach((codePoint, reason) -> problems.add(name(codePoint, style) + " failed: " + reason));
        CorpusFont font = new FontLoader().loadFile(FONTS.resolve(style));
        for (GeneratedGlyph glyph : set.glyphs()) {
            GlyphRasterizer rasterizer = new GlyphRasterizer(EmBox.ofSize(glyph.bitmap().widthPx()));
            String name = name(glyph.codePoint(), style);
            double ink = glyph.bitmap().inkFraction();
            GrayBitmap real = rasterizer.render(font.outline(glyph.codePoint()).orElseThrow(), font.unitsPerEm(),
                    font.advanceWidth(glyph.codePoint()).orElseThrow());
            if (GlyphMetrics.isBlank(glyph.bitmap()) && !GlyphMetrics.isBlank(real)) {
                problems.add(String.format("%s is blank: ink %.4f of the bitmap, the real glyph's %.4f",
                        name, ink, real.inkFraction()));
            }
            if (GlyphMetrics.isBroken(glyph.bitmap())) {
                problems.add(String.format("%s is flooded: ink %.4f of the bitmap", name, ink));
            }
            if (glyph.outline().isEmpty()) {
                problems.add(name + " has an empty outline");
            }
        }
        return problems;
    }

    private static String name(int codePoint, String style) {
        return "U+" + GlyphDrawer.hex(codePoint) + " in style " + style;
    }
}
