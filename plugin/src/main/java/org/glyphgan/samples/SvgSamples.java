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
    /** Length of the longer side of the rendered drawing, in pixels. */
    static final int RENDER_SIDE_PX = 512;

    /** The drawing's ink and the viewBox it was rendered from (for grouping equal canvases). */
    record Rendered(GrayBitmap ink, String viewBox) {
    }

    private SvgSamples() {
    }

    static Rendered render(byte[] bytes, String fileName, SampleLimits limits) throws SampleProblem {
        String text = decode(bytes, fileName);
        Document document;
        try {
            document = SafeSvgReader.read(text);
        } catch (UnsafeSvgException e) {
            throw new SampleProblem(fileName + ": " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        String viewBox = root.getAttribute("viewBox").strip();
        double aspect = aspectOf(viewBox, root);
        int widthPx = aspect >= 1 ? RENDER_SIDE_PX : Math.max(1, (int) Math.round(RENDER_SIDE_PX * aspect));
        int heightPx = aspect >= 1 ? Math.max(1, (int) Math.round(RENDER_SIDE_PX / aspect)) : RENDER_SIDE_PX;
        new ImageDecoder(limits).checkSize(fileName, widthPx, heightPx);
        try {
            return new Rendered(GrayBitmap.fromImage(SvgRasterizer.render(text, widthPx, heightPx)),
                    viewBox.isEmpty() ? "none" : viewBox);
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
        return Math.max(1.0 / 16, Math.min(16, aspect));
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
