/**
 * The plugin's one API, {@link org.glyphgan.facade.GlyphGan}: generate a glyph set in a style,
 * export it as TTF and SVG, preview it as a specimen sheet, and retrain a style on sample glyphs.
 * The command line, the local service and host-tool plugins all call it.
 */
package org.glyphgan.facade;
