package org.glyphgan.gan;

/**
 * The shape of the conditional GAN: every size that decides the parameter arrays.
 *
 * @param sizePx               glyph bitmap width and height in pixels; a multiple of 16
 * @param generatorChannels    channels of the generator's first encoder stage; stages double it
 * @param discriminatorChannels channels of the discriminator's first stage; stages double it
 * @param styleDim             length of a style code
 * @param noiseDim             length of the noise vector appended to the style code
 */
public record GanArchitecture(int sizePx, int generatorChannels, int discriminatorChannels, int styleDim, int noiseDim) {

    public GanArchitecture {
        if (sizePx < 16 || sizePx % 16 != 0) {
            throw new IllegalArgumentException("Glyph size " + sizePx + " px must be a positive multiple of 16 "
                    + "(the generator halves it four times)");
        }
        requirePositive("generatorChannels", generatorChannels);
        requirePositive("discriminatorChannels", discriminatorChannels);
        requirePositive("styleDim", styleDim);
        if (noiseDim < 0) {
            throw new IllegalArgumentException("noiseDim must be zero or positive, got " + noiseDim);
        }
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /** Side of the discriminator's patch map: one realism logit per patch. */
    public int patchGridPx() {
        return sizePx / 8;
    }
}
