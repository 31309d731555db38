package org.glyphgan.corpus;

import java.nio.ByteBuffer;

/**
 * Checks an sfnt's table directory against the data before FontBox sees it, because FontBox reads
 * most tables lazily and would otherwise meet a truncated table only while drawing a glyph.
 */
final class SfntDirectory {
    private static final int HEADER_BYTES = 12;
    private static final int RECORD_BYTES = 16;

    private SfntDirectory() {
    }

    /** Rejects a directory with too many tables or a table that runs past the end of {@code sfnt}. */
    static void check(byte[] sfnt, String fileName, FontLimits limits) throws FontLoadException {
        ByteBuffer in = ByteBuffer.wrap(sfnt);
        int numTables = Short.toUnsignedInt(in.getShort(4));
        if (numTables == 0 || numTables > limits.maxTables()) {
            throw new FontLoadException("Font file " + fileName + " declares " + numTables
                    + " tables, expected 1 to " + limits.maxTables() + "; the file is damaged");
        }
        long directoryEnd = HEADER_BYTES + (long) numTables * RECORD_BYTES;
        if (directoryEnd > sfnt.length) {
            throw new FontLoadException("Font file " + fileName + " is truncated: its table directory needs "
                    + directoryEnd + " bytes but the file has " + sfnt.length);
        }
        for (int i = 0; i < numTables; i++) {
            int at = HEADER_BYTES + i * RECORD_BYTES;
            long offset = Integer.toUnsignedLong(in.getInt(at + 8));
            long length = Integer.toUnsignedLong(in.getInt(at + 12));
            if (offset + length > sfnt.length) {
                throw new FontLoadException("Font file " + fileName + " is truncated: table '"
                        + WoffDecoder.tagName(in.getInt(at)) + "' ends at byte " + (offset + length)
                        + " but the file has " + sfnt.length + " bytes");
            }
        }
    }
}
