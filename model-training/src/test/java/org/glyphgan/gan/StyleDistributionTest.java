package org.glyphgan.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StyleDistributionTest {
    private static final double[] MEANS = {1, -2, 0};
    private static final double[] DEVIATIONS = {1, 2, 0.5};

    /** Draws codes whose dimensions are independent Gaussians with {@link #MEANS} and {@link #DEVIATIONS}. */
    private static float[][] trainingCodes(int count) {
        Random random = new Random(3);
        float[][] codes = new float[count][MEANS.length];
        for (float[] code : codes) {
            for (int i = 0; i < code.length; i++) {
                code[i] = (float) (MEANS[i] + DEVIATIONS[i] * random.nextGaussian());
            }
        }
        return codes;
    }

    @Test
    void samplesMatchTrainingCodeMoments() {
        StyleDistribution distribution = StyleDistribution.fit(trainingCodes(4000));
        int samples = 4000;
        double[] sum = new double[MEANS.length];
        double[] squares = new double[MEANS.length];
        for (int seed = 0; seed < samples; seed++) {
            float[] code = distribution.sample(seed).vector();
            for (int i = 0; i < code.length; i++) {
                sum[i] += code[i];
                squares[i] += code[i] * code[i];
            }
        }
        for (int i = 0; i < MEANS.length; i++) {
            double mean = sum[i] / samples;
            double deviation = Math.sqrt(squares[i] / samples - mean * mean);
            assertEquals(MEANS[i], mean, 0.1 * DEVIATIONS[i], "mean of dimension " + i);
            assertEquals(DEVIATIONS[i], deviation, 0.06 * DEVIATIONS[i], "standard deviation of dimension " + i);
        }
    }

    @Test
    void sameSeedSameStyle() {
        StyleDistribution distribution = StyleDistribution.fit(trainingCodes(50));
        assertEquals(java.util.Arrays.toString(distribution.sample(7).vector()),
                java.util.Arrays.toString(distribution.sample(7).vector()));
    }
}
