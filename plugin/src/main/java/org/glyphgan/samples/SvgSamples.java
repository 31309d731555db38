package org.glyphgan.samples;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.glyphgan.raster.GrayBitmap;
import org.glyphgan.svg.SafeSvgReader;
import org.glyphgan.svg.SvgRasterizer;
import org.glyphgan.svg.UnsafeSvgException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Rasterizes untrusted SVG drawings of single letters. {@link SafeSvgReader} vets the text first
 * (no scripts, external references, entities or DOCTYPE), then Batik renders it with external
 * resources disabled, so nothing is fetched. The drawing is then handled like any image sample.
 * <p>
 * NOTE: an SVG written by this project's glyph writer has its baseline at y = 0, but its viewBox
 * does not record unitsPerEm, so such files also go through the estimated scale and baseline.
 */
final class SvgSamples {
    /**
     * Height of the rendered drawing, in pixels. The width follows the aspect ratio, so drawings
     * whose viewBoxes share a height are rendered at the same scale even when their widths differ,
     * as glyph SVGs with one vertical frame and per-glyph advance widths do.
     */
    static final int RENDER_HEIGHT_PX = 512;
    /** Widest accepted aspect ratio (width / height), so the rendered width stays within 4096 px. */
    private static final double MAX_ASPECT = 8;
    private static final double MIN_ASPECT = 1.0 / 16;

    /**
     * The drawing's ink and its vertical frame: drawings with the same viewBox y and height are
     * one canvas and may share a baseline.
     */
    record Rendered(GrayBitmap ink, String verticalFrame) {
    }

    private SvgSamples() {
    }

    static Rendered render(byte[] bytes, String fileName, SampleLimits limits) throws SampleProblem {
        String text = decode(bytes, fileName);
        if (SvgNesting.maxDepth(text) > SvgNesting.MAX_DEPTH) {
            throw new SampleProblem(fileName + ": the SVG nests elements more than " + SvgNesting.MAX_DEPTH
                    + " levels deep; flatten its groups or export it again");
        }
        Document document;
        try {
            document = SafeSvgReader.read(text);
        } catch (UnsafeSvgException e) {
            throw new SampleProblem(fileName + ": " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        String viewBox = root.getAttribute("viewBox").strip();
        double aspect = aspectOf(viewBox, root);
        int widthPx = Math.max(1, (int) Math.round(RENDER_HEIGHT_PX * aspect));
        new ImageDecoder(limits).checkSize(fileName, widthPx, RENDER_HEIGHT_PX);
        try {
            return new Rendered(GrayBitmap.fromImage(SvgRasterizer.render(text, widthPx, RENDER_HEIGHT_PX)),
                    verticalFrameOf(viewBox));
        } catch (RuntimeException e) {
            throw new SampleProblem(fileName + ": Batik could not render the drawing (" + e.getMessage()
                    + "); save it again as plain SVG 1.1 with filled paths", e);
        }
    }

    private static String decode(byte[] bytes, String fileName) throws SampleProblem {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SampleProblem(fileName + ": the SVG is not UTF-8 text; save it with UTF-8 encoding", e);
        }
    }

    /** Returns the viewBox's y and height, or the whole attribute when it is not four numbers. */
    private static String verticalFrameOf(String viewBox) {
        String[] fields = viewBox.split("[\\s,]+");
        if (fields.length == 4) {
            return fields[1] + " " + fields[3];
        }
        return viewBox.isEmpty() ? "none" : viewBox;
    }

    /** Width divided by height from the viewBox, else from width/height attributes, else 1. */
    private static double aspectOf(String viewBox, Element root) {
        String[] fields = viewBox.split("[\\s,]+");
        if (fields.length == 4) {
            double aspect = parsePositive(fields[2]) / parsePositive(fields[3]);
            if (Double.isFinite(aspect) && aspect > 0) {
                return clampAspect(aspect);
            }
        }
        double aspect = parsePositive(root.getAttribute("width")) / parsePositive(root.getAttribute("height"));
        return Double.isFinite(aspect) && aspect > 0 ? clampAspect(aspect) : 1.0;
    }

    private static double clampAspect(double aspect) {
        return Math.max(MIN_ASPECT, Math.min(MAX_ASPECT, aspect));
    }

    private static double parsePositive(String number) {
        try {
            double value = Double.parseDouble(number.strip().replaceAll("(px|pt)$", ""));
            return value > 0 ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
