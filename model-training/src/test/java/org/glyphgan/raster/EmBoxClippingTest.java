package org.glyphgan.raster;

import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.CorpusManifest;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.corpus.ManifestEntry;
import org.glyphgan.corpus.TestCorpus;
import org.junit.jupiter.api.Test;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Descenders and accents of every corpus font stay inside the shared em box at 64 px, with at
 * least one row or column of paper at each edge.
 */
class EmBoxClippingTest {
    private static final int SIZE_PX = 64;
    private static final float INK_THRESHOLD = 1f / 255f;
    private static final int[] PROBES = {'g', 'p', 'y', 'j', 'Q', 0xC5, 0xC9, 0xC7};

    /** Font file to the probe characters allowed to reach an outer row or column: none. */
    private static final Map<String, String> KNOWN_CLIPPING = Map.of();

    @Test
    void noInkInOuterRowsOrColumns() throws IOException {
        Path fonts = TestCorpus.fontsDir();
        FontLoader loader = new FontLoader();
        GlyphRasterizer rasterizer = new GlyphRasterizer(EmBox.ofSize(SIZE_PX));
        List<String> clipped = new ArrayList<>();
        for (ManifestEntry entry : CorpusManifest.read(fonts).fonts()) {
            CorpusFont font = loader.load(fonts, entry);
            String allowed = KNOWN_CLIPPING.getOrDefault(entry.file(), "");
            for (int codePoint : PROBES) {
                GeneralPath outline = font.outline(codePoint).orElseThrow();
                int advance = font.advanceWidth(codePoint).orElseThrow();
                GrayBitmap bitmap = rasterizer.render(outline, font.unitsPerEm(), advance);
                assertTrue(bitmap.inkFraction() > 0, entry.file() + " " + CorpusFont.codePointName(codePoint));
                String edges = inkedEdges(bitmap);
                if (!edges.isEmpty() && allowed.indexOf(codePoint) < 0) {
                    clipped.add(entry.file() + " " + CorpusFont.codePointName(codePoint) + " touches " + edges);
                }
            }
        }
        assertEquals(List.of(), clipped);
    }

    @Test
    void sameBaselineForEveryFont() throws IOException {
        Path fonts = TestCorpus.fontsDir();
        FontLoader loader = new FontLoader();
        EmBox box = EmBox.ofSize(SIZE_PX);
        GlyphRasterizer rasterizer = new GlyphRasterizer(box);
        int baselineRow = (int) Math.round(box.baselinePx());
        for (ManifestEntry entry : CorpusManifest.read(fonts).split("test")) {
            if (entry.kind().equals("script")) {
                continue; // handwriting may dip below the baseline on purpose
            }
            CorpusFont font = loader.load(fonts, entry);
            GrayBitmap bitmap = rasterizer.render(font.outline('H').orElseThrow(), font.unitsPerEm(),
                    font.advanceWidth('H').orElseThrow());
            assertTrue(rowInk(bitmap, baselineRow - 1) > 0, entry.file() + " H has ink just above the baseline");
            assertEquals(0, rowInk(bitmap, baselineRow + 1), 0.05, entry.file() + " H has no ink below the baseline");
        }
    }

    private static double rowInk(GrayBitmap bitmap, int row) {
        double sum = 0;
        for (int x = 0; x < bitmap.widthPx(); x++) {
            sum += bitmap.get(x, row);
        }
        return sum;
    }

    private static String inkedEdges(GrayBitmap bitmap) {
        int last = SIZE_PX - 1;
        StringBuilder edges = new StringBuilder();
        for (int i = 0; i < SIZE_PX; i++) {
            appendIf(edges, bitmap.get(i, 0) > INK_THRESHOLD, "top");
            appendIf(edges, bitmap.get(i, last) > INK_THRESHOLD, "bottom");
            appendIf(edges, bitmap.get(0, i) > INK_THRESHOLD, "left");
            appendIf(edges, bitmap.get(last, i) > INK_THRESHOLD, "right");
        }
        return edges.toString().strip();
    }

    private static void appendIf(StringBuilder edges, boolean condition, String edge) {
        if (condition && edges.indexOf(edge) < 0) {
            edges.append(edge).append(' ');
        }
    }
}
