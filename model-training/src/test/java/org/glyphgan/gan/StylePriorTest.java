package org.glyphgan.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glyphgan.dataset.SyntheticDatasets;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class StylePriorTest {
    private static float[][] codes(int count, int dim, long seed) {
        Random random = new Random(seed);
        float[][] codes = new float[count][dim];
        for (float[] code : codes) {
            for (int j = 0; j < dim; j++) {
                // Correlated dimensions with different scales, so the whitening is not the identity.
                code[j] = (float) ((j + 1) * random.nextGaussian() + (j > 0 ? code[j - 1] : 0));
            }
        }
        return codes;
    }

    @Test
    void whiteningInvertsTheCholeskyFactor() {
        StyleDistribution distribution = StyleDistribution.fit(codes(40, 5, 1));
        double[][] w = distribution.whitening();
        double[][] l = distribution.cholesky();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                double product = 0;
                for (int k = 0; k < 5; k++) {
                    product += w[i][k] * l[k][j];
                }
                assertEquals(i == j ? 1.0 : 0.0, product, 1e-9, "(W L)[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void termIsWeightedMahalanobisPerDimension() {
        StyleDistribution distribution = StyleDistribution.fit(codes(40, 5, 2));
        StylePrior prior = StylePrior.of(distribution, 0.5);
        float[] code = {1, -2, 0.5f, 3, -1};
        double[][] w = distribution.whitening();
        double expected = 0;
        for (int i = 0; i < 5; i++) {
            double u = 0;
            for (int k = 0; k < 5; k++) {
                u += w[i][k] * (code[k] - distribution.mean()[k]);
            }
            expected += u * u;
        }
        expected = 0.5 * expected / 5;

        SameDiff sd = SameDiff.create();
        var codes = sd.placeHolder("codes", DataType.FLOAT, -1, 5);
        prior.term(sd, codes);
        INDArray input = Nd4j.create(code, new long[] {1, 5}, 'c');
        double actual = sd.output(Map.of("codes", input), StylePrior.PRIOR).get(StylePrior.PRIOR).getDouble(0);
        assertEquals(expected, actual, 1e-4 * Math.max(1, expected));
    }

    @Test
    void termAtMeanAndTrainingCodes() {
        float[][] training = codes(200, 4, 3);
        StyleDistribution distribution = StyleDistribution.fit(training);
        StylePrior prior = StylePrior.of(distribution, 1);
        SameDiff sd = SameDiff.create();
        var codes = sd.placeHolder("codes", DataType.FLOAT, -1, 4);
        prior.term(sd, codes);
        INDArray mean = Nd4j.create(distribution.mean(), new long[] {1, 4}, 'c');
        assertEquals(0.0, sd.output(Map.of("codes", mean), StylePrior.PRIOR).get(StylePrior.PRIOR).getDouble(0), 1e-9);
        INDArray all = Nd4j.create(training);
        double perDimension = sd.output(Map.of("codes", all), StylePrior.PRIOR).get(StylePrior.PRIOR).getDouble(0);
        // The covariance is shrunk towards its diagonal, so training codes land near, not at, 1.
        assertTrue(perDimension > 0.7, "mean squared distance per dimension " + perDimension);
        assertTrue(perDimension < 1.3, "mean squared distance per dimension " + perDimension);
    }

    @Test
    void priorPullsFitTowardsMean() {
        GanParameters params = GanParameters.initialise(TinyGan.ARCHITECTURE, 3, 5);
        StyleDistribution distribution = StyleDistribution.fit(params.get(GeneratorLayers.STYLE_EMBEDDING).toFloatMatrix());
        Font serifBold = new Font(Font.SERIF, Font.BOLD, 1);
        Map<Integer, GrayBitmap> base = new java.util.HashMap<>();
        SyntheticDatasets.base("aHg").samples().forEach(sample -> base.put(sample.codePoint(), sample.bitmap()));
        List<StyleFitter.Reference> references = "aHg".codePoints()
                .mapToObj(cp -> new StyleFitter.Reference(image(base.get(cp)), image(SyntheticDatasets.render(serifBold, cp)), 0))
                .toList();
        INDArray start = params.get(GeneratorLayers.STYLE_EMBEDDING).getRow(0, true).dup();

        INDArray free = StyleFitter.fit(params, start, references, null, 40, 0.2, 8, 0, p -> { });
        StylePrior strong = StylePrior.of(distribution, 10);
        INDArray constrained = StyleFitter.fit(params, start, references, strong, 40, 0.2, 8, 0, p -> { });

        double freeDistance = distance(strong, free);
        double constrainedDistance = distance(strong, constrained);
        assertTrue(constrainedDistance < freeDistance, "with the prior " + constrainedDistance + ", without " + freeDistance);
    }

    private static double distance(StylePrior prior, INDArray code) {
        SameDiff sd = SameDiff.create();
        var codes = sd.placeHolder("codes", DataType.FLOAT, -1, code.size(1));
        prior.term(sd, codes);
        return sd.output(Map.of("codes", code), StylePrior.PRIOR).get(StylePrior.PRIOR).getDouble(0);
    }

    private static INDArray image(GrayBitmap bitmap) {
        return Nd4j.create(bitmap.ink(), new long[] {1, bitmap.heightPx(), bitmap.widthPx()}, 'c');
    }

    @Test
    void weightComesFromTheSystemPropertyWhenSet() {
        String property = StyleFitter.PRIOR_WEIGHT_PROPERTY;
        try {
            System.clearProperty(property);
            assertEquals(StyleFitter.PRIOR_WEIGHT, StyleFitter.priorWeight());
            System.setProperty(property, " 0.25");
            assertEquals(0.25, StyleFitter.priorWeight());
            for (String bad : List.of("abc", "-1", "NaN", "Infinity", "", "1e400", "1e300", "1000001")) {
                System.setProperty(property, bad);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, StyleFitter::priorWeight);
                assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
                assertTrue(e.getMessage().contains(property), e.getMessage());
            }
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void weightAboveTheMaximumIsRejected() {
        StyleDistribution distribution = StyleDistribution.fit(codes(10, 3, 4));
        for (double weight : new double[] {1e300, Double.POSITIVE_INFINITY, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StylePrior.of(distribution, weight));
            assertTrue(e.getMessage().contains(String.valueOf(weight)), e.getMessage());
        }
    }

    @Test
    void largestWeightKeepsTheFittedCodeFinite() {
        // One training code: the covariance is its 1e-6 diagonal, the steepest prior there is.
        GanParameters params = GanParameters.initialise(TinyGan.ARCHITECTURE, 1, 5);
        StyleDistribution distribution = StyleDistribution.fit(params.get(GeneratorLayers.STYLE_EMBEDDING).toFloatMatrix());
        StylePrior prior = StylePrior.of(distribution, StylePrior.MAX_WEIGHT);
        INDArray start = params.get(GeneratorLayers.STYLE_EMBEDDING).add(3);
        INDArray fitted = StyleFitter.fit(params, start, references("aH"), prior, 10, 0.2, 8, 0, p -> { });
        for (double value : fitted.toDoubleVector()) {
            assertTrue(Double.isFinite(value), "fitted code " + fitted);
        }
    }

    @Test
    void zeroWeightFitsAsWithoutThePrior() {
        GanParameters params = GanParameters.initialise(TinyGan.ARCHITECTURE, 3, 5);
        StyleDistribution distribution = StyleDistribution.fit(params.get(GeneratorLayers.STYLE_EMBEDDING).toFloatMatrix());
        INDArray start = params.get(GeneratorLayers.STYLE_EMBEDDING).getRow(0, true).dup();
        INDArray without = StyleFitter.fit(params, start, references("aH"), null, 10, 0.2, 8, 0, p -> { });
        INDArray zero = StyleFitter.fit(params, start, references("aH"), StylePrior.of(distribution, -0.0), 10, 0.2, 8, 0,
                p -> { });
        assertEquals(without, zero);
    }

    private static List<StyleFitter.Reference> references(String characters) {
        Font serifBold = new Font(Font.SERIF, Font.BOLD, 1);
        Map<Integer, GrayBitmap> base = new java.util.HashMap<>();
        SyntheticDatasets.base(characters).samples().forEach(sample -> base.put(sample.codePoint(), sample.bitmap()));
        return characters.codePoints()
                .mapToObj(cp -> new StyleFitter.Reference(image(base.get(cp)), image(SyntheticDatasets.render(serifBold, cp)), 0))
                .toList();
    }

    @Test
    void negativeWeightIsRejected() {
        StyleDistribution distribution = StyleDistribution.fit(codes(10, 3, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StylePrior.of(distribution, -1));
        assertTrue(e.getMessage().contains("-1.0"), e.getMessage());
    }
}
