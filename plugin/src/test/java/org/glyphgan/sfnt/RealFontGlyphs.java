package org.glyphgan.sfnt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.glyphgan.outline.GlyphOutline;

/** Glyph outlines copied from a real TrueType font (DejaVu Sans, or the first TTF in fonts/). */
public final class RealFontGlyphs {
    private RealFontGlyphs() {
    }

    public static Path sourceFont() {
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.isRegularFile(dejaVu)) {
            return dejaVu;
        }
        Path fonts = Path.of(System.getProperty("glyphgan.fonts.dir", "../fonts"));
        try (Stream<Path> files = Files.walk(fonts)) {
            return files.filter(path -> path.toString().endsWith(".ttf")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No TrueType font found in " + dejaVu + " or " + fonts));
        } catch (IOException e) {
            throw new UncheckedIOException("No TrueType font found in " + dejaVu + " or " + fonts, e);
        }
    }

    /** Copies the 95 printable ASCII characters U+0020..U+007E with the source font's outlines and widths. */
    public static List<GlyphBuild> basicLatinGlyphs() {
        return basicLatinGlyphs(sourceFont());
    }

    public static List<GlyphBuild> basicLatinGlyphs(Path source) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(source.toFile()))) {
            List<GlyphBuild> glyphs = new ArrayList<>();
            double scale = 1000.0 / font.getUnitsPerEm();
            for (int codePoint = 0x20; codePoint <= 0x7E; codePoint++) {
                int glyphId = font.getUnicodeCmapLookup().getGlyphId(codePoint);
                GlyphOutline outline = TrueTypeOutlineReader.read(font.getGlyph().getGlyph(glyphId));
                int advance = (int) Math.round(font.getAdvanceWidth(glyphId) * scale);
                glyphs.add(GlyphBuild.forCodePoint(codePoint, advance, OutlineScaling.scale(outline, scale)));
            }
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
    }

    public static FontBuild basicLatin(String family, String style) {
        return FontBuild.builder(family, style).glyphs(basicLatinGlyphs()).created(TestGlyphs.FIXED_TIME).build();
    }
}
