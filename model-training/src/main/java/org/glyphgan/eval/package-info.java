/**
 * Evaluation of the glyph generator: per-glyph image metrics (L1, SSIM, ink IoU, blank/broken
 * flags), a character classifier for content accuracy and realism, and the evaluation harness.
 * The harness fits each held-out font's style from K reference glyphs, generates the font's other
 * characters, and scores the model against two baselines.
 */
package org.glyphgan.eval;
