package org.glyphgan.svg;

import java.util.Locale;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.InkExtent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes one glyph as an SVG document whose viewBox is in font units: x from 0 to the advance
 * width, widened to the ink where a glyph overhangs its advance (as glyphs wider than a monospaced
 * advance do), and y from the ascender down to the descender (see {@link SvgCoordinates}).
 */
public final class GlyphSvgWriter {
    /** Largest distance between a curve and the lines its horizontal extent is measured on, in font units. */
    static final double FLATNESS_UNITS = 0.25;

    private GlyphSvgWriter() {
    }

    /**
     * Builds the SVG for one glyph.
     *
     * @param ascender font units above the baseline (positive)
     * @param descender font units below the baseline (zero or negative)
     */
    public static Document toDocument(GlyphOutline outline, int advanceWidth, int ascender, int descender) {
        if (ascender <= descender) {
            throw new IllegalArgumentException("Invalid vertical extent: ascender " + ascender
                    + " must be above descender " + descender);
        }
        Document document = SvgDocuments.create();
        Element svg = document.getDocumentElement();
        int height = ascender - descender;
        int left = 0;
        int right = Math.max(advanceWidth, 1);
        if (!outline.isEmpty()) {
            // A curve's control points lie outside its ink, so they would widen the box for nothing.
            double[] ink = InkExtent.horizontal(outline.toPath(), FLATNESS_UNITS);
            left = Math.min(left, (int) Math.floor(ink[0]));
            right = Math.max(right, (int) Math.ceil(ink[1]));
        }
        svg.setAttribute("viewBox", String.format(Locale.ROOT, "%d %s %d %d", left,
                format(SvgCoordinates.svgY(ascender)), right - left, height));
        svg.setAttribute("width", Integer.toString(right - left));
        svg.setAttribute("height", Integer.toString(height));
        Element path = SvgDocuments.element(document, "path");
        path.setAttribute("d", SvgPathData.of(outline));
        path.setAttribute("fill", "black");
        path.setAttribute("fill-rule", "nonzero");
        svg.appendChild(path);
        return document;
    }

    public static String toSvg(GlyphOutline outline, int advanceWidth, int ascender, int descender) {
        return SvgDocuments.serialize(toDocument(outline, advanceWidth, ascender, descender));
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
