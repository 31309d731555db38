/**
 * Bitmap to outline tracing after P. Selinger, "Potrace: a polygon-based tracing algorithm"
 * (2003), written from the paper: {@link org.glyphgan.trace.BitmapTracer} runs the stages,
 * {@link org.glyphgan.trace.TraceParameters} contains their thresholds, and
 * {@link org.glyphgan.trace.FontSpaceMapping} is the one place where bitmap y (down) becomes
 * font y (up).
 */
package org.glyphgan.trace;
