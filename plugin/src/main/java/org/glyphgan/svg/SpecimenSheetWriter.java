package org.glyphgan.svg;

import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Lays out a glyph set as an SVG grid in font units: one cell per glyph with its outline on a
 * shared baseline (a grey line) and its label underneath.
 */
public final class SpecimenSheetWriter {
    /** Displayed height of one em box (ascender to descender) in CSS pixels. */
    static final double SPECIMEN_PX_PER_EM = 80;

    private SpecimenSheetWriter() {
    }

    public static Document toDocument(List<SpecimenGlyph> glyphs, int columns, int ascender, int descender) {
        if (columns < 1) {
            throw new IllegalArgumentException("Invalid column count " + columns + ": use at least 1");
        }
        int emHeight = ascender - descender;
        int maxAdvance = glyphs.stream().mapToInt(SpecimenGlyph::advanceWidth).max().orElse(emHeight);
        int cellWidth = Math.max(maxAdvance, emHeight);
        int labelHeight = emHeight / 5;
        int cellHeight = emHeight + labelHeight;
        int rows = Math.max(1, (glyphs.size() + columns - 1) / columns);
        Document document = SvgDocuments.create();
        Element svg = document.getDocumentElement();
        int width = cellWidth * Math.min(columns, Math.max(1, glyphs.size()));
        int height = cellHeight * rows;
        svg.setAttribute("viewBox", String.format(Locale.ROOT, "0 0 %d %d", width, height));
        // Displayed at 80 px per em height so a 16-column sheet fits a browser window.
        double pxPerUnit = SPECIMEN_PX_PER_EM / (double) emHeight;
        svg.setAttribute("width", Long.toString(Math.round(width * pxPerUnit)));
        svg.setAttribute("height", Long.toString(Math.round(height * pxPerUnit)));
        for (int i = 0; i < glyphs.size(); i++) {
            int x = (i % columns) * cellWidth;
            int y = (i / columns) * cellHeight;
            svg.appendChild(cell(document, glyphs.get(i), x, y, cellWidth, emHeight, ascender, labelHeight));
        }
        return document;
    }

    public static String toSvg(List<SpecimenGlyph> glyphs, int columns, int ascender, int descender) {
        return SvgDocuments.serialize(toDocument(glyphs, columns, ascender, descender));
    }

    private static Element cell(Document document, SpecimenGlyph glyph, int x, int y, int cellWidth, int emHeight,
            int ascender, int labelHeight) {
        Element group = SvgDocuments.element(document, "g");
        group.setAttribute("class", "glyph-cell");
        Element frame = SvgDocuments.element(document, "rect");
        frame.setAttribute("x", Integer.toString(x));
        frame.setAttribute("y", Integer.toString(y));
        frame.setAttribute("width", Integer.toString(cellWidth));
        frame.setAttribute("height", Integer.toString(emHeight + labelHeight));
        frame.setAttribute("fill", "none");
        frame.setAttribute("stroke", "#cccccc");
        frame.setAttribute("stroke-width", "4");
        group.appendChild(frame);
        // The outline's path data is already in SVG space with the baseline at y = 0.
        int baselineY = y + ascender;
        Element baseline = SvgDocuments.element(document, "line");
        baseline.setAttribute("x1", Integer.toString(x));
        baseline.setAttribute("x2", Integer.toString(x + cellWidth));
        baseline.setAttribute("y1", Integer.toString(baselineY));
        baseline.setAttribute("y2", Integer.toString(baselineY));
        baseline.setAttribute("stroke", "#dddddd");
        baseline.setAttribute("stroke-width", "2");
        group.appendChild(baseline);
        Element path = SvgDocuments.element(document, "path");
        int glyphX = x + (cellWidth - glyph.advanceWidth()) / 2;
        path.setAttribute("transform", String.format(Locale.ROOT, "translate(%d %d)", glyphX, baselineY));
        path.setAttribute("d", SvgPathData.of(glyph.outline()));
        path.setAttribute("fill", "black");
        group.appendChild(path);
        Element label = SvgDocuments.element(document, "text");
        label.setAttribute("x", Integer.toString(x + cellWidth / 2));
        label.setAttribute("y", Integer.toString(y + emHeight + labelHeight * 3 / 4));
        label.setAttribute("font-family", "sans-serif");
        label.setAttribute("font-size", Integer.toString(labelHeight / 2));
        label.setAttribute("text-anchor", "middle");
        label.setTextContent(glyph.label());
        group.appendChild(label);
        return group;
    }
}
