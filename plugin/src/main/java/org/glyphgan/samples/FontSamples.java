package org.glyphgan.samples;

import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.FontLimits;
import org.glyphgan.corpus.FontLoadException;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.raster.GlyphRasterizer;
import org.glyphgan.raster.GrayBitmap;

/**
 * Renders the glyphs of a (partial) font sample into the em box with the font's own metrics, so
 * nothing is estimated, and measures its side bearings.
 */
final class FontSamples {
    private final GlyphRasterizer rasterizer;
    private final FontLoader loader;

    FontSamples(GlyphRasterizer rasterizer, SampleLimits limits) {
        this.rasterizer = rasterizer;
        FontLimits defaults = FontLimits.defaults();
        this.loader = new FontLoader(new FontLimits(limits.maxFileBytes(), defaults.maxDecodedBytes(),
                defaults.maxTables(), defaults.parseTimeout()));
    }

    /**
     * Adds every mapped glyph of U+0021–U+007E to {@code glyphs} (keeping glyphs already there) and
     * the mean of each glyph's left and right side bearings, in em, to {@code sideBearingsEm}.
     *
     * @return the number of glyphs added
     */
    int read(byte[] bytes, String fileName, Map<Integer, GrayBitmap> glyphs, List<Double> sideBearingsEm,
             List<String> warnings) throws SampleProblem {
        CorpusFont font;
        try {
            font = loader.parse(bytes, fileName, null, null);
        } catch (FontLoadException e) {
            throw new SampleProblem(fileName + ": " + e.getMessage(), e);
        }
        int added = 0;
        for (int codePoint = CharacterSet.BASIC_FIRST; codePoint <= CharacterSet.BASIC_LAST; codePoint++) {
            try {
                added += readGlyph(font, codePoint, glyphs, sideBearingsEm, warnings) ? 1 : 0;
            } catch (FontLoadException | RuntimeException e) {
                warnings.add(fileName + ": skipped " + ImageSampleReader.describe(codePoint)
                        + " because its glyph is damaged (" + e.getMessage() + ")");
            }
        }
        if (added == 0) {
            throw new SampleProblem(fileName + ": the font has no drawn glyphs for U+0021 to U+007E;"
                    + " add some letters or use another font");
        }
        return added;
    }

    private boolean readGlyph(CorpusFont font, int codePoint, Map<Integer, GrayBitmap> glyphs,
                              List<Double> sideBearingsEm, List<String> warnings) throws FontLoadException {
        Optional<GeneralPath> outline = font.outline(codePoint);
        if (outline.isEmpty()) {
            return false;
        }
        Rectangle2D bounds = outline.get().getBounds2D();
        if (bounds.isEmpty()) {
            return false;
        }
        if (glyphs.containsKey(codePoint)) {
            warnings.add(font.fileName() + ": " + ImageSampleReader.describe(codePoint)
                    + " was already given by an earlier sample; the earlier one is kept");
            return false;
        }
        int advanceWidth = font.advanceWidth(codePoint).orElse(0);
        glyphs.put(codePoint, rasterizer.render(outline.get(), font.unitsPerEm(), advanceWidth));
        double leftSideBearing = bounds.getMinX();
        double rightSideBearing = advanceWidth - bounds.getMaxX();
        sideBearingsEm.add((leftSideBearing + rightSideBearing) / 2 / font.unitsPerEm());
        return true;
    }
}
