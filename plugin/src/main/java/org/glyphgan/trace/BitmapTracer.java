package org.glyphgan.trace;

import java.util.ArrayList;
import java.util.List;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.Contours;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;
import org.glyphgan.raster.GrayBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Traces a grayscale glyph bitmap into an outline of lines and cubic Béziers in font units,
 * following the stages of P. Selinger, "Potrace: a polygon-based tracing algorithm" (2003):
 * (a) upsample and threshold, (b) path decomposition, (c) optimal polygon, (d) vertex
 * adjustment, (e) corner detection and smoothing, (f) curve optimization. Unlike the paper,
 * stage (d) goes back to the grayscale ink for sub-pixel edge positions. Outer contours come
 * out clockwise in y-up font space and holes counter-clockwise, the TrueType convention.
 */
public final class BitmapTracer {
    private static final Logger LOG = LoggerFactory.getLogger(BitmapTracer.class);

    private final TraceParameters parameters;

    public BitmapTracer(TraceParameters parameters) {
        this.parameters = parameters;
    }

    public TraceParameters parameters() {
        return parameters;
    }

    public GlyphOutline trace(GrayBitmap bitmap, FontSpaceMapping mapping) {
        int factor = parameters.upsampleFactor();
        BinaryBitmap binary = Thresholding.upsampleAndThreshold(bitmap, factor, parameters.inkThreshold());
        List<BoundaryPath> paths = PathDecomposition.decompose(binary, parameters.turnPolicy(), parameters.turdSizePx2());
        InkField field = new InkField(bitmap, factor);
        List<Contour> contours = new ArrayList<>(paths.size());
        for (BoundaryPath path : paths) {
            CurvePiece[] pieces = traceCurve(path, field);
            contours.add(toContour(pieces, path, mapping));
        }
        LOG.debug("Traced {} contours from a {}x{} bitmap", contours.size(), bitmap.widthPx(), bitmap.heightPx());
        return new GlyphOutline(contours);
    }

    /** Stages (c) to (f) for one path; the result is relative to the path's vertex 0, in traced pixels. */
    CurvePiece[] traceCurve(BoundaryPath path, InkField field) {
        PathSums sums = new PathSums(path);
        int[] polygon = OptimalPolygon.vertexIndices(path, sums);
        PathSums edgeSums = EdgePoints.of(path, field, parameters.inkThreshold());
        PointPx[] vertices = VertexAdjustment.adjust(sums, edgeSums, polygon, path.length());
        CurvePiece[] pieces = Smoothing.smooth(vertices, parameters.alphaMax());
        if (parameters.optimizeCurves()) {
            pieces = CurveOptimization.optimize(pieces, parameters.optTolerancePx());
        }
        return pieces;
    }

    private Contour toContour(CurvePiece[] pieces, BoundaryPath path, FontSpaceMapping mapping) {
        double originX = path.x()[0];
        double originY = path.y()[0];
        double scale = 1.0 / parameters.upsampleFactor();
        java.util.function.Function<PointPx, Point> toFont = p ->
                mapping.toFontUnits((p.x() + originX) * scale, (p.y() + originY) * scale);
        List<Segment> segments = new ArrayList<>();
        PointPx current = pieces[pieces.length - 1].end();
        for (CurvePiece piece : pieces) {
            if (piece.corner()) {
                if (!piece.vertex().equals(current)) {
                    segments.add(new Segment.Line(toFont.apply(piece.vertex())));
                }
                segments.add(new Segment.Line(toFont.apply(piece.end())));
            } else {
                segments.add(new Segment.Cubic(toFont.apply(piece.control1()), toFont.apply(piece.control2()),
                        toFont.apply(piece.end())));
            }
            current = piece.end();
        }
        Point start = toFont.apply(pieces[pieces.length - 1].end());
        Contour contour = new Contour(start, segments);
        boolean clockwise = Contours.signedArea(contour) < 0;
        return clockwise == path.outer() ? contour : Contours.reverse(contour);
    }
}
