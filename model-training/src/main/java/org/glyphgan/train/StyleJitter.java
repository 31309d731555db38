package org.glyphgan.train;

import org.glyphgan.gan.StandardNormal;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Random offsets for the style codes of a training batch. The fitted code of a new style lands
 * between the training fonts' codes, where the generator saw no training glyph. Drawing each glyph
 * from a code moved by a small offset trains the generator on that space too.
 */
final class StyleJitter {
    private StyleJitter() {
    }

    /**
     * Draws offsets [rows, styleDim]: standard normal values times {@code scale} times the standard
     * deviation of {@code embedding}'s column (the training codes' spread in that code dimension).
     *
     * @param embedding the style embedding, [fonts, styleDim]
     * @param scale     offset size as a fraction of each dimension's spread
     * @param seed      fixes the values, so a resumed run repeats them
     */
    static INDArray offsets(INDArray embedding, double scale, int rows, long seed) {
        long dim = embedding.size(1);
        INDArray spread = embedding.castTo(DataType.FLOAT).std(0).reshape(1, dim);
        return StandardNormal.matrix(rows, Math.toIntExact(dim), seed).muliRowVector(spread).muli(scale);
    }
}
