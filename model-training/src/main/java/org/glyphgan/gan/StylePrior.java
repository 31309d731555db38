package org.glyphgan.gan;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A Gaussian prior on fitted style codes: {@code weight} times the squared Mahalanobis distance
 * from the training codes per code dimension, added to the style-fit loss. With 8 references, an
 * unconstrained fit can move the code to where the generator matches those glyphs but draws the
 * other characters poorly. The prior keeps the code where the generator was trained.
 * <p>
 * NOTE: where the training codes do not vary (a model of one font, or a dimension in which all
 * codes agree), the variance is the 1e-6 regulariser of {@link StyleDistribution}, so the prior
 * holds the fitted code near the mean there whatever the references show.
 *
 * @param mean      mean training code [1, styleDim]
 * @param whitening transposed whitening matrix Wᵀ [styleDim, styleDim], W = L⁻¹ of the training codes' covariance
 * @param weight    weight of the term next to the mean absolute pixel error (weight 1)
 */
public record StylePrior(INDArray mean, INDArray whitening, double weight) {
    /** Name of the prior term's output in the fit graph. */
    public static final String PRIOR = "stylePrior";
    /**
     * Largest accepted weight. The fit's gradients are float, so larger weights overflow them: a
     * weight of 1e30 stopped the fit at its start code, and 1e300 made the fitted code NaN.
     */
    public static final double MAX_WEIGHT = 1e6;

    /** Returns whether {@code weight} is a number from 0 to {@link #MAX_WEIGHT}. */
    static boolean acceptsWeight(double weight) {
        return weight >= 0 && weight <= MAX_WEIGHT;
    }

    /** Builds the prior of {@code distribution} with {@code weight}. */
    public static StylePrior of(StyleDistribution distribution, double weight) {
        if (!acceptsWeight(weight)) {
            throw new IllegalArgumentException("Invalid style prior weight " + weight + ": give a number from 0 to "
                    + MAX_WEIGHT + ", because larger weights overflow the fit's float gradients");
        }
        int d = distribution.mean().length;
        double[][] w = distribution.whitening();
        INDArray transposed = Nd4j.create(DataType.FLOAT, d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                transposed.putScalar(j, i, (float) w[i][j]);
            }
        }
        return new StylePrior(Nd4j.create(distribution.mean(), new long[] {1, d}, 'c'), transposed, weight);
    }

    /**
     * Adds {@code weight * mean over codes of |W (code − mean)|² / styleDim} to {@code sd} for the
     * codes {@code codes} [codes, styleDim] and returns it (output {@link #PRIOR}).
     */
    SDVariable term(SameDiff sd, SDVariable codes) {
        SDVariable centred = codes.sub(sd.constant(mean));
        SDVariable whitened = centred.mmul(sd.constant(whitening));
        long dim = mean.length();
        SDVariable perCode = sd.sum(whitened.mul(whitened), 1).div(dim);
        return sd.mean(perCode).mul(PRIOR, weight);
    }
}
