package org.glyphgan.svg;

import org.glyphgan.outline.GlyphOutline;

/** One cell of a specimen sheet: a label (the character or glyph name), an outline and its advance width. */
public record SpecimenGlyph(String label, GlyphOutline outline, int advanceWidth) {
}
