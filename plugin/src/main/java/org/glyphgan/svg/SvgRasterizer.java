package org.glyphgan.svg;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.glyphgan.raster.GrayBitmap;

/**
 * Rasterizes SVG text to pixels with Batik's image transcoder. External resources and onload
 * scripts are disabled, so rendering never fetches anything.
 */
public final class SvgRasterizer {
    private SvgRasterizer() {
    }

    /** Renders {@code svg} into an ARGB image of the given size (the viewBox is scaled to fit). */
    public static BufferedImage render(String svg, int widthPx, int heightPx) {
        CapturingTranscoder transcoder = new CapturingTranscoder();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) widthPx);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) heightPx);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput());
        } catch (TranscoderException e) {
            throw new IllegalArgumentException("Batik could not render the SVG: " + e.getMessage(), e);
        }
        return transcoder.image;
    }

    /** Renders {@code svg} and returns its ink (the alpha channel) as a bitmap in [0, 1], y down. */
    public static GrayBitmap renderInk(String svg, int widthPx, int heightPx) {
        BufferedImage image = render(svg, widthPx, heightPx);
        float[] ink = new float[widthPx * heightPx];
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                ink[y * widthPx + x] = (image.getRGB(x, y) >>> 24) / 255f;
            }
        }
        return new GrayBitmap(widthPx, heightPx, ink);
    }

    private static final class CapturingTranscoder extends ImageTranscoder {
        private BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage rendered, TranscoderOutput output) {
            this.image = rendered;
        }
    }
}
