package org.glyphgan.eval;

/**
 * Hyperparameters of the character classifier and its training run.
 *
 * @param epochs       passes over the training glyphs
 * @param batchSize    glyphs per gradient step
 * @param learningRate Adam step size
 * @param baseChannels filters of the first convolution; the second and third have 2× and 4×
 * @param denseUnits   units of the hidden dense layer
 * @param maxShiftPx   training glyphs are shifted by a random whole number of pixels in
 *                     [−maxShiftPx, maxShiftPx] on each axis, so small placement errors of a
 *                     generator do not change the predicted character; 0 turns this off
 * @param seed         seed of the weight initialization, the shuffling and the shifts
 */
public record ClassifierConfig(int epochs, int batchSize, double learningRate, int baseChannels,
                               int denseUnits, int maxShiftPx, long seed) {
    public static final ClassifierConfig DEFAULT = new ClassifierConfig(4, 32, 2e-3, 8, 128, 2, 7L);

    public ClassifierConfig {
        requirePositive("epochs", epochs);
        requirePositive("batchSize", batchSize);
        requirePositive("baseChannels", baseChannels);
        requirePositive("denseUnits", denseUnits);
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learningRate must be positive, got " + learningRate);
        }
        if (maxShiftPx < 0) {
            throw new IllegalArgumentException("maxShiftPx must be 0 or more, got " + maxShiftPx);
        }
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
