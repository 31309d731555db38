package org.glyphgan.samples;

/**
 * Resource limits for sample files, which are untrusted user input.
 *
 * @param maxFileBytes   largest accepted file, in bytes, checked before the file is read
 * @param maxImageSidePx largest accepted image width and height, in pixels, checked from the image
 *                       header before the pixels are decoded
 */
public record SampleLimits(long maxFileBytes, int maxImageSidePx) {
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_IMAGE_SIDE_PX = 4096;

    public SampleLimits {
        if (maxFileBytes <= 0 || maxImageSidePx <= 0) {
            throw new IllegalArgumentException("Sample limits must be positive, got maxFileBytes=" + maxFileBytes
                    + ", maxImageSidePx=" + maxImageSidePx);
        }
    }

    public static SampleLimits defaults() {
        return new SampleLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_IMAGE_SIDE_PX);
    }
}
