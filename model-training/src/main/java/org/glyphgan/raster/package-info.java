/**
 * Rasterization of glyph outlines into the shared em box: {@link org.glyphgan.raster.EmBox} fixes
 * scale and baseline for every font, {@link org.glyphgan.raster.GlyphRasterizer} turns outlines into
 * {@link org.glyphgan.raster.GrayBitmap} ink coverage, {@link org.glyphgan.raster.CharacterSet} lists
 * the code points to render.
 */
package org.glyphgan.raster;
