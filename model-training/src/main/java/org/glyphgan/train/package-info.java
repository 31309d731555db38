/**
 * Training of the glyph GAN: config, batching, the training step and loop, validation on
 * held-out fonts, the report, and the {@code train} command.
 */
package org.glyphgan.train;
