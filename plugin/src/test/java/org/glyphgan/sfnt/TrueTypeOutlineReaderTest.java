package org.glyphgan.sfnt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;
import org.junit.jupiter.api.Test;

/** Writing an outline and reading it back through FontBox restores the same segments. */
class TrueTypeOutlineReaderTest {
    private static GlyphOutline roundTrip(GlyphOutline outline) throws IOException {
        FontBuild build = FontBuild.builder("Round Trip", "Regular")
                .glyph(GlyphBuild.of("A", 'A', 700, outline))
                .metrics(new VerticalMetrics(800, -200, 0, 700, 500))
                .build();
        try (TrueTypeFont font = SfntWriterTest.parse(SfntWriter.toBytes(build))) {
            return TrueTypeOutlineReader.read(font.getGlyph().getGlyph(1));
        }
    }

    @Test
    void impliedOnCurvePointsRestored() throws IOException {
        // Integer circle: every on-curve point lies exactly between its two control points.
        Point start = new Point(200, 0);
        List<Segment> segments = List.of(
                new Segment.Quad(new Point(0, 0), new Point(0, 200)),
                new Segment.Quad(new Point(0, 400), new Point(200, 400)),
                new Segment.Quad(new Point(400, 400), new Point(400, 200)),
                new Segment.Quad(new Point(400, 0), start));
        GlyphOutline circle = new GlyphOutline(List.of(new Contour(start, segments)));
        GlyphOutline read = roundTrip(circle);
        assertEquals(1, read.contours().size());
        Contour contour = read.contours().get(0);
        assertEquals(start, contour.start());
        assertEquals(segments, contour.segments());
    }

    @Test
    void linesAndHolesKeepTheirOrder() throws IOException {
        GlyphOutline ring = new GlyphOutline(List.of(
                TestGlyphs.rectangle(0, 0, 500, 500, true), TestGlyphs.rectangle(100, 100, 400, 400, false)));
        GlyphOutline read = roundTrip(ring);
        assertEquals(2, read.contours().size());
        // The writer drops the closing point that repeats the start, and the reader closes the contour again.
        assertEquals(ring, read);
        assertInstanceOf(Segment.Line.class, read.contours().get(1).segments().get(0));
    }
}
