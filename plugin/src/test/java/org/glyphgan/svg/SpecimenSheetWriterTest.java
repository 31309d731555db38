package org.glyphgan.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.glyphgan.raster.GrayBitmap;
import org.glyphgan.sfnt.GlyphBuild;
import org.glyphgan.sfnt.TestGlyphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SpecimenSheetWriterTest {
    private static List<SpecimenGlyph> specimen() {
        return TestGlyphs.synthetic().stream()
                .map(glyph -> new SpecimenGlyph(label(glyph), glyph.outline(), glyph.advanceWidth()))
                .toList();
    }

    private static String label(GlyphBuild glyph) {
        return glyph.codePoints().isEmpty() ? glyph.name() : new String(Character.toChars(glyph.codePoints().get(0)));
    }

    @Test
    void gridHasOneCellPerGlyph() {
        Document sheet = SpecimenSheetWriter.toDocument(specimen(), 4, 800, -200);
        assertEquals(9, sheet.getElementsByTagNameNS(SvgDocuments.SVG_NS, "path").getLength());
        assertEquals(9, sheet.getElementsByTagNameNS(SvgDocuments.SVG_NS, "text").getLength());
        // 4 columns of 1000-unit cells, 3 rows of 1000 + 200 (label) units.
        assertEquals("0 0 4000 3600", sheet.getDocumentElement().getAttribute("viewBox"));
        assertEquals("é", sheet.getElementsByTagNameNS(SvgDocuments.SVG_NS, "text").item(8).getTextContent());
    }

    @Test
    void sheetWrittenReadable(@TempDir Path directory) throws IOException {
        Path target = directory.resolve("specimen.svg");
        SvgDocuments.write(SpecimenSheetWriter.toSvg(specimen(), 4, 800, -200), target);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals("svg", SafeSvgReader.read(target).getDocumentElement().getLocalName());
    }

    @Test
    void sheetRendersWithBatik() {
        String svg = SpecimenSheetWriter.toSvg(specimen(), 4, 800, -200);
        GrayBitmap ink = SvgRasterizer.renderInk(svg, 400, 360);
        assertTrue(ink.inkFraction() > 0.05, "ink fraction " + ink.inkFraction());
    }
}
