/**
 * The sfnt (TrueType) writer: one writer class per table, named after its tag, and
 * {@link org.glyphgan.sfnt.SfntWriter}, which owns the table directory, padding and checksums.
 * Input is an immutable {@link org.glyphgan.sfnt.FontBuild}; output is read back with Apache
 * FontBox in tests.
 */
package org.glyphgan.sfnt;
