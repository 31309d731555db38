package org.glyphgan.facade;

/**
 * Names written into an exported font.
 *
 * @param family the family name (name ID 1), e.g. "Glyphgan Sans"
 * @param style  the style name (name ID 2), e.g. "Regular", "Bold Italic"
 */
public record FontNames(String family, String style) {
    public FontNames {
        if (family == null || family.isBlank()) {
            throw new GlyphGanException("The font family name is empty; give one such as 'Glyphgan Sans'");
        }
        if (style == null || style.isBlank()) {
            throw new GlyphGanException("The font style name is empty; use e.g. 'Regular' or 'Bold'");
        }
    }
}
