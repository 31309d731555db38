package org.glyphgan.sfnt.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.glyphgan.sfnt.FontSummary;

/**
 * Re-parses the font with Apache FontBox and, when an expected {@link FontSummary} is given,
 * compares glyph count, glyph names, cmap, advance widths and contour end points with it.
 */
public final class FontBoxValidator implements FontValidator {
    public static final String NAME = "fontbox";
    private final Optional<FontSummary> expected;

    public FontBoxValidator(Optional<FontSummary> expected) {
        this.expected = expected;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ValidatorVerdict validate(Path font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            int numGlyphs = ttf.getNumberOfGlyphs();
            GlyphTable glyf = ttf.getGlyph();
            List<String> problems = new ArrayList<>();
            for (int glyphId = 0; glyphId < numGlyphs; glyphId++) {
                GlyphData glyph = glyf.getGlyph(glyphId);
                int[] endPts = endPoints(glyph);
                if (expected.isPresent() && !Arrays.equals(endPts, expected.get().endPtsOfContours().get(glyphId))) {
                    problems.add("glyph " + glyphId + " end points " + Arrays.toString(endPts) + ", expected "
                            + Arrays.toString(expected.get().endPtsOfContours().get(glyphId)));
                }
            }
            if (expected.isPresent()) {
                compare(ttf, expected.get(), problems);
            }
            String detail = numGlyphs + " glyphs, family '" + ttf.getNaming().getFontFamily() + "'";
            return problems.isEmpty()
                    ? ValidatorVerdict.pass(NAME, detail + (expected.isPresent() ? ", matches what was written" : ""))
                    : ValidatorVerdict.fail(NAME, String.join("; ", problems.subList(0, Math.min(10, problems.size()))));
        } catch (IOException | RuntimeException e) {
            return ValidatorVerdict.fail(NAME, "FontBox could not parse " + font + ": " + e);
        }
    }

    private static int[] endPoints(GlyphData glyph) {
        if (glyph == null || glyph.getDescription() == null) {
            return new int[0];
        }
        GlyphDescription description = glyph.getDescription();
        int[] endPts = new int[description.getContourCount()];
        for (int c = 0; c < endPts.length; c++) {
            endPts[c] = description.getEndPtOfContours(c);
        }
        return endPts;
    }

    private static void compare(TrueTypeFont ttf, FontSummary summary, List<String> problems) throws IOException {
        if (ttf.getNumberOfGlyphs() != summary.numGlyphs()) {
            problems.add("numGlyphs " + ttf.getNumberOfGlyphs() + ", expected " + summary.numGlyphs());
            return;
        }
        for (int glyphId = 0; glyphId < summary.numGlyphs(); glyphId++) {
            int advance = ttf.getAdvanceWidth(glyphId);
            if (advance != summary.advanceWidths().get(glyphId)) {
                problems.add("glyph " + glyphId + " advance width " + advance + ", expected " + summary.advanceWidths().get(glyphId));
            }
            String name = summary.glyphNames().get(glyphId);
            if (ttf.getPostScript().getFormatType() == 2.0f && ttf.nameToGID(name) != glyphId) {
                problems.add("glyph name '" + name + "' resolves to glyph " + ttf.nameToGID(name) + ", expected " + glyphId);
            }
        }
        boolean fixedPitch = ttf.getPostScript().getIsFixedPitch() != 0;
        if (fixedPitch != summary.fixedPitch()) {
            problems.add("post.isFixedPitch " + ttf.getPostScript().getIsFixedPitch() + ", expected "
                    + (summary.fixedPitch() ? "non-zero" : "0"));
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        for (Map.Entry<Integer, Integer> entry : summary.glyphIdByCodePoint().entrySet()) {
            int glyphId = cmap.getGlyphId(entry.getKey());
            if (glyphId != entry.getValue()) {
                problems.add(String.format("cmap maps U+%04X to glyph %d, expected %d", entry.getKey(), glyphId, entry.getValue()));
            }
        }
    }
}
