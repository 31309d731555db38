/**
 * The conditional glyph GAN on SameDiff: a U-Net generator drawing a character from its base-font
 * glyph and a style code, a PatchGAN discriminator, style fitting, and the shipped model file.
 */
package org.glyphgan.gan;
