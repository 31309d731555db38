package org.glyphgan.samples;

import org.glyphgan.raster.GrayBitmap;

/**
 * One letter drawn in an image (a whole image file, a sheet cell or a rasterized SVG) before it is
 * scaled into the em box.
 *
 * @param source    the file, or the file and cell, for messages
 * @param codePoint the character it shows
 * @param ink       ink coverage, paper at 0, y down
 * @param inkBox    bounds of the ink
 * @param canvas    samples with the same canvas come from the same drawing setup and may share a baseline
 * @param reference the base font's glyph for the same character
 */
record ImageSample(String source, int codePoint, GrayBitmap ink, InkBox inkBox, String canvas,
                   ReferenceGlyph reference) {
    /** Ink height per em of the base font: this sample's estimate of the drawing's pixels per em. */
    double pxPerEmEstimate() {
        return inkBox.heightPx() / reference.heightEm();
    }
}
