package org.glyphgan.outline;

import java.awt.geom.Path2D;
import java.util.List;

/**
 * The outline of one glyph: closed contours in font units, y up. Outer contours run clockwise and
 * holes counter-clockwise (the TrueType convention). This is the hub type that the SVG writer,
 * the glyf writer and the outline rasterizer all consume.
 */
public record GlyphOutline(List<Contour> contours) {
    public static final GlyphOutline EMPTY = new GlyphOutline(List.of());

    public GlyphOutline {
        contours = List.copyOf(contours);
    }

    public boolean isEmpty() {
        return contours.isEmpty();
    }

    public void replay(PathSink sink) {
        for (Contour contour : contours) {
            contour.replay(sink);
        }
    }

    /** Converts to a Java2D path in font units (y up, non-zero winding). */
    public Path2D.Double toPath() {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        replay(new PathSink() {
            @Override
            public void moveTo(double x, double y) {
                path.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                path.lineTo(x, y);
            }

            @Override
            public void quadTo(double x1, double y1, double x, double y) {
                path.quadTo(x1, y1, x, y);
            }

            @Override
            public void curveTo(double x1, double y1, double x2, double y2, double x, double y) {
                path.curveTo(x1, y1, x2, y2, x, y);
            }

            @Override
            public void closePath() {
                path.closePath();
            }
        });
        return path;
    }
}
