package org.glyphgan.gan;


/**
 * A Gaussian fitted to the training style codes, for drawing new styles. The covariance is shrunk
 * towards its diagonal because there are usually fewer training fonts than code dimensions, which
 * makes the sample covariance singular.
 *
 * @param mean     mean code
 * @param cholesky lower-triangular factor L of the shrunk covariance (Σ = L Lᵀ), row-major
 */
public record StyleDistribution(float[] mean, double[][] cholesky) {
    /** Weight of the diagonal in the shrunk covariance. */
    public static final double SHRINKAGE = 0.2;

    public static StyleDistribution fit(float[][] codes) {
        int n = codes.length;
        int d = codes[0].length;
        float[] mean = new float[d];
        for (float[] code : codes) {
            for (int j = 0; j < d; j++) {
                mean[j] += code[j] / n;
            }
        }
        double[][] cov = new double[d][d];
        for (float[] code : codes) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    cov[i][j] += (code[i] - mean[i]) * (code[j] - mean[j]) / Math.max(1, n - 1);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                cov[i][j] *= i == j ? 1.0 : 1.0 - SHRINKAGE;
            }
            cov[i][i] += 1e-6;
        }
        return new StyleDistribution(mean, cholesky(cov));
    }

    private static double[][] cholesky(double[][] a) {
        int d = a.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
            }
        }
        return l;
    }

    /**
     * Returns W = L⁻¹, row-major, so that |W (code − mean)|² is the squared Mahalanobis distance of
     * a code from the training codes: about the code length for a typical training code.
     */
    public double[][] whitening() {
        int d = mean.length;
        double[][] inverse = new double[d][d];
        // Forward substitution on L X = I, column by column; X is lower-triangular too.
        for (int column = 0; column < d; column++) {
            for (int i = column; i < d; i++) {
                double sum = i == column ? 1.0 : 0.0;
                for (int k = column; k < i; k++) {
                    sum -= cholesky[i][k] * inverse[k][column];
                }
                inverse[i][column] = sum / cholesky[i][i];
            }
        }
        return inverse;
    }

    /** Draws mean + L z with z standard normal from {@code seed} ({@link StandardNormal}). */
    public StyleCode sample(long seed) {
        int d = mean.length;
        double[] z = StandardNormal.values(d, seed);
        float[] code = mean.clone();
        for (int i = 0; i < d; i++) {
            for (int k = 0; k <= i; k++) {
                code[i] += (float) (cholesky[i][k] * z[k]);
            }
        }
        return new StyleCode(code);
    }
}
