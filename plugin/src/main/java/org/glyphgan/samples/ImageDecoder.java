package org.glyphgan.samples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.glyphgan.raster.GrayBitmap;

/**
 * Decodes PNG, JPEG, GIF and BMP sample images into ink coverage. The size in the image header is
 * checked before any pixel is decoded, so a small file that declares a huge image is rejected.
 */
final class ImageDecoder {
    /** Smallest difference between paper and the darkest ink for an image to count as a drawing. */
    private static final float MIN_CONTRAST = 0.2f;

    private final SampleLimits limits;

    ImageDecoder(SampleLimits limits) {
        this.limits = limits;
    }

    /** Decodes {@code bytes} and returns ink in [0, 1] with the paper at 0; see {@link #normalizePaper}. */
    GrayBitmap decode(byte[] bytes, String fileName) throws SampleProblem {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new SampleProblem(fileName + ": no image decoder accepts this file; save it as PNG or JPEG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                checkSize(fileName, reader.getWidth(0), reader.getHeight(0));
                BufferedImage image = reader.read(0);
                return normalizePaper(GrayBitmap.fromImage(image), fileName);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new SampleProblem(fileName + ": the image is damaged or unreadable (" + e + ");"
                    + " re-export it as PNG", e);
        }
    }

    void checkSize(String fileName, int widthPx, int heightPx) throws SampleProblem {
        if (widthPx > limits.maxImageSidePx() || heightPx > limits.maxImageSidePx() || widthPx <= 0 || heightPx <= 0) {
            throw new SampleProblem(fileName + ": the image is " + widthPx + "x" + heightPx + " px, outside the"
                    + " limit of 1 to " + limits.maxImageSidePx() + " px per side; scale it down");
        }
    }

    /**
     * Maps the paper level to 0 and the darkest ink to 1, so scans on grey or tinted paper read
     * like clean drawings. The paper level is the median ink along the image border. An image whose
     * border is mostly dark is taken as light ink on dark paper and inverted.
     */
    static GrayBitmap normalizePaper(GrayBitmap bitmap, String fileName) throws SampleProblem {
        float paper = borderMedian(bitmap);
        float[] ink = bitmap.ink().clone();
        if (paper > 0.5f) {
            for (int i = 0; i < ink.length; i++) {
                ink[i] = 1f - ink[i];
            }
            paper = 1f - paper;
        }
        float darkest = 0f;
        for (float value : ink) {
            darkest = Math.max(darkest, value);
        }
        if (darkest - paper < MIN_CONTRAST) {
            throw new SampleProblem(fileName + ": the image is empty (no ink darker than the paper);"
                    + " draw the letter in dark ink on a light or transparent background");
        }
        float range = darkest - paper;
        for (int i = 0; i < ink.length; i++) {
            ink[i] = Math.max(0f, Math.min(1f, (ink[i] - paper) / range));
        }
        return new GrayBitmap(bitmap.widthPx(), bitmap.heightPx(), ink);
    }

    private static float borderMedian(GrayBitmap bitmap) {
        int width = bitmap.widthPx();
        int height = bitmap.heightPx();
        float[] border = new float[2 * width + 2 * height];
        int count = 0;
        for (int x = 0; x < width; x++) {
            border[count++] = bitmap.get(x, 0);
            border[count++] = bitmap.get(x, height - 1);
        }
        for (int y = 0; y < height; y++) {
            border[count++] = bitmap.get(0, y);
            border[count++] = bitmap.get(width - 1, y);
        }
        Arrays.sort(border, 0, count);
        return border[count / 2];
    }
}
