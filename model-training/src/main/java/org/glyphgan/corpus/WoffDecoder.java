package org.glyphgan.corpus;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes WOFF 1.0 (W3C Recommendation "WOFF File Format 1.0", 2012) into the sfnt it wraps:
 * reads the header and table directory, inflates each zlib-compressed table, checks every declared
 * length against the data and the limits, and rebuilds an sfnt with a fresh table directory,
 * 4-byte aligned offsets and verified table checksums. Metadata and private blocks are dropped.
 */
public final class WoffDecoder {
    public static final int SIGNATURE = 0x774F4646; // 'wOFF'
    private static final int HEADER_BYTES = 44;
    private static final int DIRECTORY_ENTRY_BYTES = 20;
    private static final int SFNT_HEADER_BYTES = 12;
    private static final int SFNT_RECORD_BYTES = 16;
    private static final int HEAD_TAG = 0x68656164; // 'head'
    private static final int HEAD_CHECKSUM_ADJUSTMENT_OFFSET = 8;

    private final String fileName;
    private final FontLimits limits;

    private record TableEntry(int tag, int offset, int compLength, int origLength, int origChecksum) {
    }

    public WoffDecoder(String fileName, FontLimits limits) {
        this.fileName = fileName;
        this.limits = limits;
    }

    /** Decodes {@code woff} and returns the sfnt bytes; rejects any inconsistency with the file name. */
    public byte[] decode(byte[] woff) throws FontLoadException {
        ByteBuffer in = ByteBuffer.wrap(woff);
        require(woff.length >= HEADER_BYTES, "is shorter than the " + HEADER_BYTES + "-byte WOFF header");
        require(in.getInt(0) == SIGNATURE, "does not start with the WOFF signature 'wOFF'");
        int flavor = in.getInt(4);
        long declaredLength = Integer.toUnsignedLong(in.getInt(8));
        int numTables = Short.toUnsignedInt(in.getShort(12));
        long totalSfntSize = Integer.toUnsignedLong(in.getInt(16));
        require(declaredLength == woff.length, "declares a length of " + declaredLength
                + " bytes but has " + woff.length + " (truncated or padded)");
        require(numTables > 0 && numTables <= limits.maxTables(), "declares " + numTables
                + " tables, expected 1 to " + limits.maxTables());
        require(HEADER_BYTES + (long) numTables * DIRECTORY_ENTRY_BYTES <= woff.length,
                "table directory runs past the end of the file");
        require(totalSfntSize <= limits.maxDecodedBytes(), "declares a decoded size of " + totalSfntSize
                + " bytes, above the limit of " + limits.maxDecodedBytes());

        List<TableEntry> tables = readDirectory(in, numTables);
        long sfntSize = SFNT_HEADER_BYTES + (long) numTables * SFNT_RECORD_BYTES;
        for (TableEntry table : tables) {
            sfntSize += padded(Integer.toUnsignedLong(table.origLength()));
        }
        require(sfntSize == totalSfntSize, "declares totalSfntSize " + totalSfntSize
                + " but its tables need " + sfntSize + " bytes");
        return buildSfnt(woff, flavor, tables, (int) sfntSize);
    }

    private List<TableEntry> readDirectory(ByteBuffer in, int numTables) throws FontLoadException {
        List<TableEntry> tables = new ArrayList<>(numTables);
        int previousTag = 0;
        for (int i = 0; i < numTables; i++) {
            int at = HEADER_BYTES + i * DIRECTORY_ENTRY_BYTES;
            TableEntry table = new TableEntry(in.getInt(at), in.getInt(at + 4), in.getInt(at + 8),
                    in.getInt(at + 12), in.getInt(at + 16));
            String tag = tagName(table.tag());
            long offset = Integer.toUnsignedLong(table.offset());
            long compLength = Integer.toUnsignedLong(table.compLength());
            long origLength = Integer.toUnsignedLong(table.origLength());
            require(i == 0 || Integer.compareUnsigned(table.tag(), previousTag) > 0,
                    "table directory is not sorted by tag at '" + tag + "'");
            require(offset + compLength <= in.capacity(), "table '" + tag + "' at offset " + offset
                    + " with " + compLength + " bytes runs past the end of the file");
            require(compLength <= origLength, "table '" + tag + "' is larger compressed (" + compLength
                    + " bytes) than decoded (" + origLength + " bytes)");
            require(origLength <= limits.maxDecodedBytes(), "table '" + tag + "' declares " + origLength
                    + " decoded bytes, above the limit of " + limits.maxDecodedBytes());
            previousTag = table.tag();
            tables.add(table);
        }
        return tables;
    }

    private byte[] buildSfnt(byte[] woff, int flavor, List<TableEntry> tables, int sfntSize)
            throws FontLoadException {
        ByteBuffer out = ByteBuffer.allocate(sfntSize);
        int numTables = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(numTables);
        int searchRange = (1 << entrySelector) * SFNT_RECORD_BYTES;
        out.putInt(flavor);
        out.putShort((short) numTables);
        out.putShort((short) searchRange);
        out.putShort((short) entrySelector);
        out.putShort((short) (numTables * SFNT_RECORD_BYTES - searchRange));

        List<TableEntry> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparingLong(table -> Integer.toUnsignedLong(table.tag())));
        int dataOffset = SFNT_HEADER_BYTES + numTables * SFNT_RECORD_BYTES;
        for (TableEntry table : sorted) {
            byte[] data = tableData(woff, table);
            verifyChecksum(table, data);
            int recordAt = out.position();
            out.putInt(table.tag()).putInt(table.origChecksum()).putInt(dataOffset).putInt(data.length);
            out.put(dataOffset, data);
            dataOffset += (int) padded(data.length);
            out.position(recordAt + SFNT_RECORD_BYTES);
        }
        return out.array();
    }

    private byte[] tableData(byte[] woff, TableEntry table) throws FontLoadException {
        int offset = table.offset();
        int compLength = table.compLength();
        int origLength = table.origLength();
        if (compLength == origLength) {
            byte[] data = new byte[origLength];
            System.arraycopy(woff, offset, data, 0, origLength);
            return data;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(woff, offset, compLength);
            byte[] data = new byte[origLength];
            int produced = 0;
            while (produced < origLength && !inflater.finished()) {
                int n = inflater.inflate(data, produced, origLength - produced);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                produced += n;
            }
            byte[] extra = new byte[1];
            boolean overflows = !inflater.finished() && inflater.inflate(extra) > 0;
            require(produced == origLength && !overflows, "table '" + tagName(table.tag())
                    + "' inflates to " + (overflows ? "more than " : "") + produced + " bytes but declares "
                    + origLength);
            return data;
        } catch (DataFormatException e) {
            throw new FontLoadException("Font file " + fileName + ": table '" + tagName(table.tag())
                    + "' has damaged zlib data (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    private void verifyChecksum(TableEntry table, byte[] data) throws FontLoadException {
        int checksum = table.tag() == HEAD_TAG ? headChecksum(data) : tableChecksum(data);
        require(checksum == table.origChecksum(), String.format(
                "table '%s' has checksum 0x%08X after decoding but declares 0x%08X",
                tagName(table.tag()), checksum, table.origChecksum()));
    }

    /** Computes the sfnt table checksum: the sum of big-endian uint32 words, zero-padded, modulo 2^32. */
    public static int tableChecksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int word = 0;
            for (int j = 0; j < 4; j++) {
                word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }

    /** Computes the 'head' checksum, which by the sfnt rules skips the checkSumAdjustment field. */
    public static int headChecksum(byte[] head) {
        byte[] copy = head.clone();
        for (int i = 0; i < 4 && HEAD_CHECKSUM_ADJUSTMENT_OFFSET + i < copy.length; i++) {
            copy[HEAD_CHECKSUM_ADJUSTMENT_OFFSET + i] = 0;
        }
        return tableChecksum(copy);
    }

    static long padded(long length) {
        return (length + 3) & ~3L;
    }

    static String tagName(int tag) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            int c = (tag >>> (24 - 8 * i)) & 0xFF;
            chars[i] = c >= 0x20 && c < 0x7F ? (char) c : '?';
        }
        return new String(chars);
    }

    private void require(boolean condition, String problem) throws FontLoadException {
        if (!condition) {
            throw new FontLoadException("Font file " + fileName + " is not a valid WOFF 1.0 file: " + problem);
        }
    }
}
