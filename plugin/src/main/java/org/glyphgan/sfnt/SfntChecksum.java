package org.glyphgan.sfnt;

/** The sfnt checksum: the sum of big-endian uint32 words, the data zero-padded to 4 bytes. */
public final class SfntChecksum {
    /** The value that the whole file's checksum must equal once head.checkSumAdjustment is set. */
    public static final long FILE_CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private SfntChecksum() {
    }

    public static long of(byte[] data) {
        return of(data, 0, data.length);
    }

    /** Sums {@code length} bytes from {@code offset}, as if padded with zeros to 4 bytes. */
    public static long of(byte[] data, int offset, int length) {
        long sum = 0;
        int end = offset + length;
        for (int i = offset; i < end; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                int index = i + k;
                int value = index < end ? data[index] & 0xFF : 0;
                word = (word << 8) | value;
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
