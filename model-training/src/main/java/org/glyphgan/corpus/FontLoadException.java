package org.glyphgan.corpus;

import java.io.IOException;

/**
 * A font file that cannot be used: missing, too large, damaged, truncated, of an unknown format,
 * not matching its manifest checksum, or too slow to parse. The message names the file.
 */
public class FontLoadException extends IOException {
    public FontLoadException(String message) {
        super(message);
    }

    public FontLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
