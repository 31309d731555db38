package org.glyphgan.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;
import org.glyphgan.raster.GrayBitmap;
import org.glyphgan.sfnt.GlyphBuild;
import org.glyphgan.sfnt.RealFontGlyphs;
import org.glyphgan.sfnt.TestGlyphs;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GlyphSvgWriterTest {
    private static final Logger LOG = LoggerFactory.getLogger(GlyphSvgWriterTest.class);
    private static final int ASCENDER = 800;
    private static final int DESCENDER = -200;
    private static final double SCALE = 0.25;

    @Test
    void viewBoxInFontUnits() {
        Document document = GlyphSvgWriter.toDocument(TestGlyphs.square(400), 500, ASCENDER, DESCENDER);
        Element svg = document.getDocumentElement();
        assertEquals("0 -800 500 1000", svg.getAttribute("viewBox"));
    }

    @Test
    void viewBoxWidensToOverhangingInk() {
        GlyphOutline overhanging = new GlyphOutline(List.of(TestGlyphs.rectangle(-60, 0, 540, 400, true)));
        Element svg = GlyphSvgWriter.toDocument(overhanging, 480, ASCENDER, DESCENDER).getDocumentElement();
        assertEquals("-60 -800 600 1000", svg.getAttribute("viewBox"));
        assertEquals("600", svg.getAttribute("width"));
    }

    @Test
    void controlPointsOutsideAdvanceKeepViewBox() {
        // The curve peaks at x = 350, half way to its control point at x = 700.
        Contour bulge = new Contour(new Point(0, 0), List.of(new Segment.Quad(new Point(700, 200), new Point(0, 400)),
                new Segment.Line(new Point(0, 0))));
        Element svg = GlyphSvgWriter.toDocument(new GlyphOutline(List.of(bulge)), 400, ASCENDER, DESCENDER)
                .getDocumentElement();
        assertEquals("0 -800 400 1000", svg.getAttribute("viewBox"));
    }

    @Test
    void ownOutputPassesSafeReader() {
        String svg = GlyphSvgWriter.toSvg(TestGlyphs.ring(), 600, ASCENDER, DESCENDER);
        Document document = SafeSvgReader.read(svg);
        assertEquals(1, document.getElementsByTagNameNS(SvgDocuments.SVG_NS, "path").getLength());
    }

    @Test
    void pathDataFlipsY() {
        String data = SvgPathData.of(TestGlyphs.square(400));
        // Font space (50,0) (50,400) (450,400) (450,0); SVG y is negated.
        assertEquals("M50 0L50 -400L450 -400L450 0L50 0Z", data);
    }

    @Test
    void renderedSvgMatchesOutlineRaster() {
        assertFidelity(TestGlyphs.ring(), 600);
        assertFidelity(TestGlyphs.bump(), 600);
        assertFidelity(TestGlyphs.letterH(), 600);
    }

    @Test
    void fidelityCheckDetectsWrongOutline() {
        String bumpSvg = GlyphSvgWriter.toSvg(TestGlyphs.bump(), 600, ASCENDER, DESCENDER);
        GrayBitmap rendered = SvgRasterizer.renderInk(bumpSvg, 150, 250);
        GrayBitmap letterH = OutlineRaster.renderLikeViewBox(TestGlyphs.letterH(), 600, ASCENDER, DESCENDER, 150, 250);
        assertTrue(OutlineRaster.iou(rendered, letterH) < 0.9);
    }

    @Test
    void realGlyphsRenderFaithfully() {
        List<GlyphBuild> glyphs = RealFontGlyphs.basicLatinGlyphs();
        for (char character : "g&aQ@".toCharArray()) {
            GlyphBuild glyph = glyphs.get(character - 0x20);
            assertFidelity(glyph.outline(), glyph.advanceWidth());
        }
    }

    private static void assertFidelity(GlyphOutline outline, int advanceWidth) {
        int widthPx = (int) Math.round(advanceWidth * SCALE);
        int heightPx = (int) Math.round((ASCENDER - DESCENDER) * SCALE);
        String svg = GlyphSvgWriter.toSvg(outline, advanceWidth, ASCENDER, DESCENDER);
        GrayBitmap rendered = SvgRasterizer.renderInk(svg, widthPx, heightPx);
        GrayBitmap reference = OutlineRaster.renderLikeViewBox(outline, advanceWidth, ASCENDER, DESCENDER, widthPx, heightPx);
        assertTrue(reference.inkFraction() > 0.01, "the reference raster must contain ink");
        double iou = OutlineRaster.iou(rendered, reference);
        LOG.info("Batik raster vs outline raster IoU {} at {}x{} px", iou, widthPx, heightPx);
        assertTrue(iou >= 0.99, "IoU " + iou + " below 0.99 for " + svg.substring(0, Math.min(200, svg.length())));
    }
}
