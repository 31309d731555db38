package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.GeneralPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.CorpusManifest;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.corpus.ManifestEntry;
import org.glyphgan.outline.InkExtent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the advance rule of monospaced sets against the monospaced fonts of the corpus: from the
 * ink widths of each font's U+0021-U+007E glyphs, {@link Spacing#cellWidth(double[], int)} should
 * give the font's own advance width. The log lists each font's real and predicted advance.
 */
class MonospacedAdvanceRuleTest {
    private static final Logger LOG = LoggerFactory.getLogger(MonospacedAdvanceRuleTest.class);
    /** Largest error of the predicted advance for any one font, as a fraction of its real advance. */
    private static final double MAX_RELATIVE_ERROR = 0.10;

    @Test
    void ruleMatchesCorpusMonospacedFonts() throws Exception {
        Path fontsDir = Path.of(System.getProperty("glyphgan.fonts.dir", "../fonts"));
        Assumptions.assumeTrue(Files.isRegularFile(fontsDir.resolve(CorpusManifest.FILE_NAME)),
                "the corpus in " + fontsDir + " is not checked out");
        FontLoader loader = new FontLoader();
        List<Double> ratios = new ArrayList<>();
        for (ManifestEntry entry : CorpusManifest.read(fontsDir).fonts()) {
            if (!"mono".equals(entry.kind())) {
                continue;
            }
            CorpusFont font = loader.load(fontsDir, entry);
            int realAdvance = font.advanceWidth('n').orElseThrow();
            double[] inkWidths = inkWidths(font);
            int predicted = Spacing.cellWidth(inkWidths, font.unitsPerEm());
            double ratio = realAdvance / Spacing.percentile90(inkWidths);
            ratios.add(ratio);
            double error = Math.abs(predicted - realAdvance) / (double) realAdvance;
            LOG.info(String.format(Locale.ROOT, "%-60s advance %5d, predicted %5d (%+.1f %%), advance / p90 ink %.3f",
                    entry.file(), realAdvance, predicted, 100.0 * (predicted - realAdvance) / realAdvance, ratio));
            assertTrue(error <= MAX_RELATIVE_ERROR, entry.file() + ": predicted " + predicted + ", real " + realAdvance);
        }
        assertTrue(ratios.size() >= 20, "monospaced fonts in the corpus: " + ratios.size());
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        LOG.info(String.format(Locale.ROOT, "%d monospaced fonts: advance / p90 ink width median %.3f, range %.3f to %.3f",
                sorted.length, median, sorted[0], sorted[sorted.length - 1]));
        assertEquals(Spacing.CELL_PER_P90_INK_WIDTH, median, 0.01, "median ratio of the corpus");
    }

    /** Returns the ink widths of the font's inked U+0021-U+007E glyphs in font units, measured on the curves. */
    private static double[] inkWidths(CorpusFont font) throws Exception {
        List<Double> widths = new ArrayList<>();
        for (int codePoint = 0x21; codePoint <= 0x7E; codePoint++) {
            Optional<GeneralPath> outline = font.outline(codePoint);
            if (outline.isPresent()) {
                double width = inkWidth(outline.get());
                if (width > 0) {
                    widths.add(width);
                }
            }
        }
        return widths.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Returns the width of the path's curves, as {@link OutlinePlacement#inkExtent} measures generated glyphs. */
    private static double inkWidth(GeneralPath path) {
        double[] extent = InkExtent.horizontal(path, OutlinePlacement.FLATNESS_UNITS);
        return extent[1] > extent[0] ? extent[1] - extent[0] : 0;
    }
}
