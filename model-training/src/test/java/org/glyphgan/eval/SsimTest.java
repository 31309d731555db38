package org.glyphgan.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;

class SsimTest {
    private static final double C1 = 0.01 * 0.01;

    @Test
    void ssimOfImageWithItselfIsOne() {
        GrayBitmap glyph = Bitmaps.texture(16, 16, 7, 13, 17);
        assertEquals(1.0, Ssim.ssim(glyph, glyph.copy()), 1e-9);
    }

    @Test
    void ssimOfEqualConstantImagesIsOne() {
        assertEquals(1.0, Ssim.ssim(Bitmaps.constant(12, 12, 0.3f), Bitmaps.constant(12, 12, 0.3f)), 1e-9);
    }

    @Test
    void ssimOfDifferentConstantImages() {
        // Zero variance everywhere leaves only the luminance term (2ab + C1) / (a² + b² + C1).
        double a = 0.25;
        double b = 0.75;
        double expected = (2 * a * b + C1) / (a * a + b * b + C1);
        double actual = Ssim.ssim(Bitmaps.constant(12, 12, (float) a), Bitmaps.constant(12, 12, (float) b));
        assertEquals(expected, actual, 1e-9);
    }

    @Test
    void ssimOfPaperAgainstFullInk() {
        double expected = C1 / (1 + C1);
        assertEquals(expected, Ssim.ssim(Bitmaps.constant(11, 11, 0f), Bitmaps.constant(11, 11, 1f)), 1e-12);
    }

    @Test
    void ssimMatchesReferenceImplementation() {
        // Reference: numpy/scipy, window = outer product of the normalized 11-tap Gaussian
        // (σ = 1.5), local statistics by scipy.signal.correlate2d(image, window, mode='valid'),
        // the Wang et al. (2004) formula with C1 = 0.01², C2 = 0.03², then the mean of the
        // 4×6 map. Inputs stored as float32 first, as GrayBitmap does.
        GrayBitmap a = Bitmaps.texture(16, 14, 7, 13, 17);
        GrayBitmap b = Bitmaps.texture(16, 14, 5, 3, 11);
        assertEquals(0.22144088917916582, Ssim.ssim(a, b), 1e-6);
    }

    @Test
    void ssimIsSymmetric() {
        GrayBitmap a = Bitmaps.texture(16, 14, 7, 13, 17);
        GrayBitmap b = Bitmaps.texture(16, 14, 5, 3, 11);
        assertEquals(Ssim.ssim(a, b), Ssim.ssim(b, a), 1e-12);
    }

    @Test
    void ssimOfShiftedGlyphIsBelowOne() {
        GrayBitmap bar = Bitmaps.rectangle(24, 24, 8, 4, 12, 20);
        GrayBitmap shifted = Bitmaps.shiftRight(bar, 2);
        double forward = Ssim.ssim(bar, shifted);
        double backward = Ssim.ssim(shifted, bar);
        assertTrue(forward < 0.9, "SSIM of a 2 px shift was " + forward);
        assertTrue(forward > 0.0, "SSIM of a 2 px shift was " + forward);
        assertEquals(forward, backward, 1e-12);
    }

    @Test
    void ssimRejectsImagesSmallerThanWindow() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Ssim.ssim(GrayBitmap.blank(10, 10), GrayBitmap.blank(10, 10)));
        assertTrue(error.getMessage().contains("11x11"), error.getMessage());
    }

    @Test
    void gaussianKernelIsNormalizedAndSymmetric() {
        double[] kernel = Ssim.gaussianKernel(11, 1.5);
        double sum = 0;
        for (double weight : kernel) {
            sum += weight;
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(kernel[0], kernel[10], 1e-15);
        assertTrue(kernel[5] > kernel[4]);
    }
}
