package org.glyphgan.svg;

import java.util.Locale;
import org.glyphgan.outline.GlyphOutline;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes one glyph as an SVG document whose viewBox is in font units: x from 0 to the advance
 * width, y from the ascender down to the descender (see {@link SvgCoordinates}).
 */
public final class GlyphSvgWriter {
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
        svg.setAttribute("viewBox", String.format(Locale.ROOT, "0 %s %d %d",
                format(SvgCoordinates.svgY(ascender)), Math.max(advanceWidth, 1), height));
        svg.setAttribute("width", Integer.toString(Math.max(advanceWidth, 1)));
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
