package org.glyphgan.raster;

import org.junit.jupiter.api.Test;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compares rendered coverage with the exact covered area of each pixel, for a circle and a thin
 * rotated bar, at supersampling 1 (Java2D antialiasing alone) and 4 (the default).
 */
class RasterAccuracyTest {
    private static final int SIZE_PX = 24;

    @Test
    void supersamplingIsCloserToExactCoverage() {
        Shape[] shapes = {
            new Ellipse2D.Double(3.3, 4.1, 15.7, 14.2),
            AffineTransform.getRotateInstance(0.41, 12, 12).createTransformedShape(
                    new Rectangle2D.Double(2.2, 11.1, 19.5, 1.35)),
        };
        for (Shape shape : shapes) {
            double errorJava2d = meanAbsoluteError(shape, 1);
            double errorSupersampled = meanAbsoluteError(shape, GlyphRasterizer.DEFAULT_SUPERSAMPLE);
            System.out.printf("coverage error per pixel: java2d-aa %.5f, 4x supersampled %.5f%n",
                    errorJava2d, errorSupersampled);
            assertTrue(errorSupersampled <= errorJava2d, "supersampling is at least as accurate");
            assertTrue(errorSupersampled < 0.01, "4x error " + errorSupersampled + " below 1% per pixel");
        }
    }

    @Test
    void totalInkEqualsArea() {
        Shape circle = new Ellipse2D.Double(4, 4, 16, 16);
        GrayBitmap bitmap = rasterizer(4).renderPx(circle, new AffineTransform(), SIZE_PX, SIZE_PX);
        double ink = bitmap.inkFraction() * SIZE_PX * SIZE_PX;
        assertEquals(Math.PI * 64, ink, 0.5);
    }

    private static GlyphRasterizer rasterizer(int supersample) {
        return new GlyphRasterizer(EmBox.ofSize(SIZE_PX), supersample);
    }

    private static double meanAbsoluteError(Shape shape, int supersample) {
        GrayBitmap bitmap = rasterizer(supersample).renderPx(shape, new AffineTransform(), SIZE_PX, SIZE_PX);
        Area area = new Area(shape);
        double error = 0;
        for (int y = 0; y < SIZE_PX; y++) {
            for (int x = 0; x < SIZE_PX; x++) {
                Area pixel = new Area(new Rectangle2D.Double(x, y, 1, 1));
                pixel.intersect(area);
                error += Math.abs(bitmap.get(x, y) - polygonArea(pixel));
            }
        }
        return error / (SIZE_PX * SIZE_PX);
    }

    /** Area of a shape by the shoelace formula over its flattened subpaths. */
    private static double polygonArea(Shape shape) {
        double total = 0;
        double[] coords = new double[6];
        double startX = 0;
        double startY = 0;
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = shape.getPathIterator(null, 1e-4); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            if (type == PathIterator.SEG_MOVETO) {
                startX = lastX = coords[0];
                startY = lastY = coords[1];
            } else if (type == PathIterator.SEG_LINETO) {
                total += lastX * coords[1] - coords[0] * lastY;
                lastX = coords[0];
                lastY = coords[1];
            } else if (type == PathIterator.SEG_CLOSE) {
                total += lastX * startY - startX * lastY;
                lastX = startX;
                lastY = startY;
            }
        }
        return Math.abs(total) / 2;
    }
}
