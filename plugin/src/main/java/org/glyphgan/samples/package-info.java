/**
 * User samples of a style (letter images, letter sheets, SVG glyphs, partial fonts) turned into
 * reference glyph bitmaps in the model's em box, and the store of saved custom styles.
 */
package org.glyphgan.samples;
