package org.glyphgan.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.Deflater;

/** Encodes an sfnt as WOFF 1.0 (every table zlib-compressed when that is smaller), for decoder tests. */
final class WoffTestEncoder {
    private WoffTestEncoder() {
    }

    static byte[] encode(byte[] sfnt) {
        ByteBuffer in = ByteBuffer.wrap(sfnt);
        int numTables = Short.toUnsignedInt(in.getShort(4));
        byte[][] stored = new byte[numTables][];
        int[] origLength = new int[numTables];
        long totalSfntSize = 12 + 16L * numTables;
        for (int i = 0; i < numTables; i++) {
            int at = 12 + 16 * i;
            int offset = in.getInt(at + 8);
            origLength[i] = in.getInt(at + 12);
            byte[] table = new byte[origLength[i]];
            System.arraycopy(sfnt, offset, table, 0, origLength[i]);
            byte[] compressed = deflate(table);
            stored[i] = compressed.length < table.length ? compressed : table;
            totalSfntSize += (origLength[i] + 3) & ~3;
        }
        int dataStart = 44 + 20 * numTables;
        int length = dataStart;
        for (byte[] table : stored) {
            length += (table.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        out.putInt(WoffDecoder.SIGNATURE).putInt(in.getInt(0)).putInt(length).putShort((short) numTables)
                .putShort((short) 0).putInt((int) totalSfntSize).putShort((short) 1).putShort((short) 0)
                .putInt(0).putInt(0).putInt(0).putInt(0).putInt(0);
        int offset = dataStart;
        for (int i = 0; i < numTables; i++) {
            int at = 12 + 16 * i;
            out.putInt(in.getInt(at)).putInt(offset).putInt(stored[i].length).putInt(origLength[i])
                    .putInt(in.getInt(at + 4));
            out.put(offset, stored[i]);
            offset += (stored[i].length + 3) & ~3;
        }
        return out.array();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
