/**
 * The font corpus: the manifest, and a loader for TTF, OTF (CFF) and WOFF 1.0 files that treats
 * every file as untrusted (size caps, checksum, parse time limit) and exposes metrics and glyph
 * outlines in font units, y up.
 */
package org.glyphgan.corpus;
