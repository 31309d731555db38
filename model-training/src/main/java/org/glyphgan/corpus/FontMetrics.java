package org.glyphgan.corpus;

/**
 * Vertical metrics of a font, in font units (y up, baseline at 0).
 *
 * @param unitsPerEm from 'head'
 * @param ascender   from 'hhea' (positive)
 * @param descender  from 'hhea' (negative below the baseline)
 * @param lineGap    from 'hhea'
 * @param capHeight  OS/2 sCapHeight, or the top of 'H' when the table lacks it
 * @param xHeight    OS/2 sxHeight, or the top of 'x' when the table lacks it
 */
public record FontMetrics(int unitsPerEm, int ascender, int descender, int lineGap, int capHeight, int xHeight) {
}
