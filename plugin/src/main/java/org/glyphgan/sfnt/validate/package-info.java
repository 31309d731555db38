/**
 * Validators for written fonts: an independent sfnt structure check, FontBox re-parse, the
 * external tools (ots-sanitize, fontTools, ftlint, FontForge) and the JDK font rasterizer. Each
 * returns a {@link org.glyphgan.sfnt.validate.ValidatorVerdict}.
 */
package org.glyphgan.sfnt.validate;
