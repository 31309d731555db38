/** Timing of the façade: model load, glyph-set generation and TTF writing in one JVM. */
package org.glyphgan.facade.bench;
