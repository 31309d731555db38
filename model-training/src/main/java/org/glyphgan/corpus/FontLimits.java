package org.glyphgan.corpus;

import java.time.Duration;

/**
 * Resource limits applied to every font file, because corpus files and user fonts are untrusted.
 *
 * @param maxFileBytes    largest accepted file on disk, in bytes
 * @param maxDecodedBytes largest accepted sfnt after WOFF decompression, in bytes
 * @param maxTables       largest accepted number of tables in a WOFF or sfnt directory
 * @param parseTimeout    time allowed for parsing a font, and separately for reading one glyph
 */
public record FontLimits(long maxFileBytes, long maxDecodedBytes, int maxTables, Duration parseTimeout) {
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final long DEFAULT_MAX_DECODED_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_MAX_TABLES = 256;
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(10);

    public FontLimits {
        if (maxFileBytes <= 0 || maxDecodedBytes <= 0 || maxTables <= 0) {
            throw new IllegalArgumentException("Font limits must be positive, got maxFileBytes=" + maxFileBytes
                    + ", maxDecodedBytes=" + maxDecodedBytes + ", maxTables=" + maxTables);
        }
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("Font parse timeout must be positive, got " + parseTimeout);
        }
    }

    public static FontLimits defaults() {
        return new FontLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DECODED_BYTES, DEFAULT_MAX_TABLES,
                DEFAULT_PARSE_TIMEOUT);
    }
}
