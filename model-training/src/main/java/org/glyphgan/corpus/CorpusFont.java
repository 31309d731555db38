package org.glyphgan.corpus;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.Optional;

/**
 * A loaded corpus font: metrics, cmap lookups, advance widths and glyph outlines in font units,
 * y up. Glyph reads run under the same time limit as the parse because FontBox decodes glyphs
 * lazily. Instances are not thread-safe, because FontBox table readers are not.
 */
public final class CorpusFont {
    private final String fileName;
    private final String family;
    private final String style;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final FontMetrics metrics;
    private final FontLimits limits;

    CorpusFont(String fileName, String family, String style, TrueTypeFont font, CmapLookup cmap,
               FontMetrics metrics, FontLimits limits) {
        this.fileName = fileName;
        this.family = family;
        this.style = style;
        this.font = font;
        this.cmap = cmap;
        this.metrics = metrics;
        this.limits = limits;
    }

    /** Returns the manifest {@code file}, or the file name for a font loaded outside the corpus. */
    public String fileName() {
        return fileName;
    }

    public String family() {
        return family;
    }

    public String style() {
        return style;
    }

    public FontMetrics metrics() {
        return metrics;
    }

    public int unitsPerEm() {
        return metrics.unitsPerEm();
    }

    /** Returns whether the Unicode cmap maps {@code codePoint} to a glyph other than .notdef. */
    public boolean isMapped(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Number of glyphs declared by 'maxp'. */
    public int numGlyphs() throws FontLoadException {
        return guard("reading maxp", font::getNumberOfGlyphs);
    }

    /** Advance width of the glyph mapped from {@code codePoint}, or empty when it is unmapped. */
    public Optional<Integer> advanceWidth(int codePoint) throws FontLoadException {
        int gid = cmap.getGlyphId(codePoint);
        if (gid <= 0) {
            return Optional.empty();
        }
        return Optional.of(guard("reading the advance width of " + codePointName(codePoint),
                () -> font.getAdvanceWidth(gid)));
    }

    /**
     * Outline of the glyph mapped from {@code codePoint} in font units (y up), or empty when the
     * code point is unmapped. A mapped glyph without contours (such as the space) is an empty path.
     */
    public Optional<GeneralPath> outline(int codePoint) throws FontLoadException {
        int gid = cmap.getGlyphId(codePoint);
        if (gid <= 0) {
            return Optional.empty();
        }
        return Optional.of(guard("reading the outline of " + codePointName(codePoint), () -> outlineOfGlyph(gid)));
    }

    /** Outline of glyph {@code gid} in font units; for CID-keyed CFF the charset maps it to a CID. */
    private GeneralPath outlineOfGlyph(int gid) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            CFFFont cff = otf.getCFF().getFont();
            int index = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
            return new GeneralPath(cff.getType2CharString(index).getPath());
        }
        GlyphData glyph = font.getGlyph().getGlyph(gid);
        return glyph == null ? new GeneralPath() : new GeneralPath(glyph.getPath());
    }

    private <T> T guard(String what, java.util.concurrent.Callable<T> work) throws FontLoadException {
        return ParseGuard.call(fileName, what, limits.parseTimeout(), work);
    }

    public static String codePointName(int codePoint) {
        return String.format("U+%04X '%s'", codePoint, new String(Character.toChars(codePoint)));
    }

    @Override
    public String toString() {
        return family + " " + style + " (" + fileName + ")";
    }
}
