/**
 * Round trip of a real font through the pipeline: glyph bitmaps in the shared em box, traced
 * outlines in the source font's units, quadratic curves, SVG files and a new TrueType font.
 * The command line and the façade both call {@link org.glyphgan.roundtrip.FontRoundTrip}.
 */
package org.glyphgan.roundtrip;
