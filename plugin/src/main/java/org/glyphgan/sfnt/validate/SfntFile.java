package org.glyphgan.sfnt.validate;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal sfnt reader, independent of the writer: the table directory and big-endian reads
 * into the raw file bytes. Reads past the end throw {@link IndexOutOfBoundsException}.
 */
final class SfntFile {
    /** One table record from the directory. */
    record TableRecord(String tag, long checksum, int offset, int length) {
    }

    final byte[] bytes;
    final long sfntVersion;
    final int numTables;
    final int searchRange;
    final int entrySelector;
    final int rangeShift;
    /** Table records in directory order. */
    final Map<String, TableRecord> tables = new LinkedHashMap<>();

    SfntFile(byte[] bytes) {
        this.bytes = bytes;
        this.sfntVersion = uint32(0);
        this.numTables = uint16(4);
        this.searchRange = uint16(6);
        this.entrySelector = uint16(8);
        this.rangeShift = uint16(10);
        for (int i = 0; i < numTables; i++) {
            int at = 12 + i * 16;
            String tag = new String(bytes, at, 4, StandardCharsets.ISO_8859_1);
            tables.put(tag, new TableRecord(tag, uint32(at + 4), (int) uint32(at + 8), (int) uint32(at + 12)));
        }
    }

    int tableOffset(String tag) {
        TableRecord record = tables.get(tag);
        if (record == null) {
            throw new IllegalArgumentException("missing required table '" + tag + "'");
        }
        return record.offset();
    }

    int tableLength(String tag) {
        tableOffset(tag);
        return tables.get(tag).length();
    }

    int uint8(int at) {
        return bytes[at] & 0xFF;
    }

    int uint16(int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }

    int int16(int at) {
        return (short) uint16(at);
    }

    long uint32(int at) {
        return ((long) uint16(at) << 16) | uint16(at + 2);
    }
}
