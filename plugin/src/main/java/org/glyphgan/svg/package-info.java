/**
 * SVG output and input with Apache Batik: one SVG per glyph, a specimen sheet, rasterizing SVG
 * back to pixels, and a reader that vets untrusted SVG samples before parsing them.
 */
package org.glyphgan.svg;
