package org.glyphgan.outline;

import java.util.List;

/**
 * A closed contour: it starts at {@code start} and each segment continues from the previous end
 * point; the last segment ends at {@code start} (an implicit closing line is added when it does
 * not). Font units, y up.
 */
public record Contour(Point start, List<Segment> segments) {
    public Contour {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("A contour needs at least one segment");
        }
    }

    /** Replays this contour into {@code sink}, closing it. */
    public void replay(PathSink sink) {
        sink.moveTo(start.x(), start.y());
        for (Segment segment : segments) {
            if (segment instanceof Segment.Line line) {
                sink.lineTo(line.end().x(), line.end().y());
            } else if (segment instanceof Segment.Quad quad) {
                sink.quadTo(quad.control().x(), quad.control().y(), quad.end().x(), quad.end().y());
            } else if (segment instanceof Segment.Cubic cubic) {
                sink.curveTo(cubic.control1().x(), cubic.control1().y(),
                        cubic.control2().x(), cubic.control2().y(), cubic.end().x(), cubic.end().y());
            }
        }
        sink.closePath();
    }
}
