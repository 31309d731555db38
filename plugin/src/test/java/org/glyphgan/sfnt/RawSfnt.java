package org.glyphgan.sfnt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A test-side reading of raw sfnt bytes with {@link ByteBuffer}, independent of the writer. */
final class RawSfnt {
    record Entry(int index, String tag, long checksum, int offset, int length) {
    }

    final byte[] bytes;
    final ByteBuffer buffer;
    final List<Entry> entries = new ArrayList<>();

    RawSfnt(byte[] bytes) {
        this.bytes = bytes;
        this.buffer = ByteBuffer.wrap(bytes);
        int numTables = u16(4);
        for (int i = 0; i < numTables; i++) {
            int at = 12 + 16 * i;
            entries.add(new Entry(i, new String(bytes, at, 4, StandardCharsets.US_ASCII),
                    u32(at + 4), (int) u32(at + 8), (int) u32(at + 12)));
        }
    }

    Entry entry(String tag) {
        return entries.stream().filter(e -> e.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new AssertionError("table " + tag + " missing"));
    }

    int table(String tag) {
        return entry(tag).offset();
    }

    int u16(int at) {
        return buffer.getShort(at) & 0xFFFF;
    }

    int s16(int at) {
        return buffer.getShort(at);
    }

    long u32(int at) {
        return buffer.getInt(at) & 0xFFFFFFFFL;
    }

    /** Returns a copy of the bytes with the uint16 at {@code at} replaced. */
    byte[] withU16(int at, int value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).putShort(at, (short) value);
        return copy;
    }

    byte[] withU32(int at, long value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).putInt(at, (int) value);
        return copy;
    }

    /** Returns the offset of the (3,1) encoding record's format 4 subtable. */
    int cmapFormat4() {
        int cmap = table("cmap");
        for (int i = 0; i < u16(cmap + 2); i++) {
            int record = cmap + 4 + 8 * i;
            if (u16(record) == 3 && u16(record + 2) == 1) {
                return cmap + (int) u32(record + 4);
            }
        }
        throw new AssertionError("no (3,1) cmap subtable");
    }
}
