package org.glyphgan.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.Contours;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.OutlineRasterizer;
import org.glyphgan.raster.EmBox;
import org.junit.jupiter.api.Test;

class TraceFidelityTest {
    private static final Path DEJAVU_SANS =
            Path.of(System.getProperty("glyphgan.fonts.dir", "../fonts"), "dejavu-sans/DejaVuSans.ttf");
    /** 85 px puts about 49 px on the em in the default box, the scale these thresholds were set at. */
    private static final int SIZE_PX = 85;

    @Test
    void realGlyphsRoundTripWithHighIou() throws Exception {
        assertTrue(Files.isReadable(DEJAVU_SANS), "corpus font missing: " + DEJAVU_SANS);
        EmBox box = EmBox.ofSize(SIZE_PX);
        AwtGlyphRenderer renderer = new AwtGlyphRenderer(DEJAVU_SANS, box);
        BitmapTracer tracer = new BitmapTracer(TraceParameters.DEFAULTS);
        for (char c : "AaBgOo8@%&Qiéß".toCharArray()) {
            AwtGlyphRenderer.RenderedGlyph glyph = renderer.render(c);
            GlyphOutline outline = tracer.trace(glyph.bitmap(), glyph.mapping());
            var rendered = OutlineRasterizer.render(outline, box, glyph.mapping().unitsPerEm(), glyph.mapping().originXPx());
            double iou = OutlineRasterizer.inkIou(glyph.bitmap(), rendered, 0.5);
            assertTrue(iou >= 0.95, "ink IoU of '" + c + "' is " + iou + ", expected >= 0.95");
            assertTrue(Contours.signedArea(outline) < 0, "'" + c + "' must have a clockwise (negative) net area");
        }
    }

    @Test
    void tracedContoursDoNotSelfIntersect() throws Exception {
        assertTrue(Files.isReadable(DEJAVU_SANS), "corpus font missing: " + DEJAVU_SANS);
        AwtGlyphRenderer renderer = new AwtGlyphRenderer(DEJAVU_SANS, EmBox.ofSize(SIZE_PX));
        BitmapTracer tracer = new BitmapTracer(TraceParameters.DEFAULTS);
        for (char c : "AaBgOo8@%&Qiéß3S".toCharArray()) {
            AwtGlyphRenderer.RenderedGlyph glyph = renderer.render(c);
            for (Contour contour : tracer.trace(glyph.bitmap(), glyph.mapping()).contours()) {
                double signed = Math.abs(Contours.signedArea(contour));
                double filled = filledArea(new GlyphOutline(List.of(contour)));
                // A loop that crosses itself fills its lobes with opposite signs, so the two areas differ.
                assertEquals(signed, filled, 0.002 * signed, "contour of '" + c + "' crosses itself");
            }
        }
    }

    /** Area that Java2D fills for the outline under the non-zero rule, from its simple pieces. */
    private static double filledArea(GlyphOutline outline) {
        Area area = new Area(outline.toPath());
        double total = 0;
        double[] coords = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = area.getPathIterator(null, 0.01); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            if (type == PathIterator.SEG_MOVETO) {
                startX = coords[0];
                startY = coords[1];
                lastX = startX;
                lastY = startY;
            } else if (type == PathIterator.SEG_LINETO) {
                total += (lastX * coords[1] - coords[0] * lastY) / 2;
                lastX = coords[0];
                lastY = coords[1];
            } else if (type == PathIterator.SEG_CLOSE) {
                total += (lastX * startY - startX * lastY) / 2;
                lastX = startX;
                lastY = startY;
            }
        }
        return Math.abs(total);
    }
}
