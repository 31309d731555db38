package org.glyphgan.trace;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphgan.outline.Contours;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.OutlineRasterizer;
import org.glyphgan.raster.EmBox;
import org.junit.jupiter.api.Test;

class TraceFidelityTest {
    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @Test
    void realGlyphsRoundTripWithHighIou() throws Exception {
        assumeTrue(Files.isReadable(DEJAVU_SANS), "DejaVu Sans is not installed at " + DEJAVU_SANS);
        EmBox box = EmBox.ofSize(64);
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
}
