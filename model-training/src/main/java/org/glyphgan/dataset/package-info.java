/**
 * Training datasets: {@link org.glyphgan.dataset.DatasetBuilder} renders a corpus split into a
 * {@link org.glyphgan.dataset.GlyphDataset}, {@link org.glyphgan.dataset.DatasetFile} writes and
 * reads the compact file format, {@link org.glyphgan.dataset.DatasetReader} streams its records,
 * and {@link org.glyphgan.dataset.DatasetCommand} is the {@code dataset} command.
 */
package org.glyphgan.dataset;
