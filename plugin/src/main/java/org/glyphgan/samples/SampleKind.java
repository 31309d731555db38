package org.glyphgan.samples;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of sample file, detected from the first bytes of the file rather than its extension. */
enum SampleKind {
    PNG, JPEG, GIF, BMP, SVG, FONT, TEXT, UNKNOWN;

    /** Number of leading bytes {@link #detect} looks at. */
    static final int HEAD_BYTES = 1024;

    static SampleKind detect(byte[] head, String fileName) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(head, 'B', 'M')) {
            return BMP;
        }
        if (startsWith(head, 0x00, 0x01, 0x00, 0x00) || startsWith(head, 't', 'r', 'u', 'e')
                || startsWith(head, 'O', 'T', 'T', 'O') || startsWith(head, 'w', 'O', 'F', 'F')
                || startsWith(head, 'w', 'O', 'F', '2') || startsWith(head, 't', 't', 'c', 'f')) {
            return FONT;
        }
        String text = new String(head, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        boolean svgExtension = fileName.toLowerCase(Locale.ROOT).endsWith(".svg");
        if (text.contains("<svg") || (svgExtension && text.stripLeading().startsWith("<"))) {
            return SVG;
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return TEXT;
        }
        return UNKNOWN;
    }

    boolean isRasterImage() {
        return this == PNG || this == JPEG || this == GIF || this == BMP;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
