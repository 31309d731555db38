package org.glyphgan.sfnt.validate;

import java.util.ArrayList;
import java.util.List;
import org.glyphgan.sfnt.SfntChecksum;

/** Checks of the table directory: order, alignment, padding, lengths and checksums. */
final class DirectoryChecks {
    private static final int HEAD_CHECKSUM_ADJUSTMENT_OFFSET = 8;

    private DirectoryChecks() {
    }

    static void check(SfntFile file, List<String> problems) {
        if (file.sfntVersion != 0x00010000L) {
            problems.add(String.format("sfntVersion is 0x%08X, expected 0x00010000 (TrueType)", file.sfntVersion));
        }
        int power = Integer.highestOneBit(Math.max(1, file.numTables));
        expect(problems, "searchRange", file.searchRange, power * 16);
        expect(problems, "entrySelector", file.entrySelector, Integer.numberOfTrailingZeros(power));
        expect(problems, "rangeShift", file.rangeShift, file.numTables * 16 - power * 16);
        List<SfntFile.TableRecord> records = new ArrayList<>(file.tables.values());
        for (int i = 0; i < records.size(); i++) {
            SfntFile.TableRecord record = records.get(i);
            checkRecord(file, record, problems);
            if (i > 0 && records.get(i - 1).tag().compareTo(record.tag()) >= 0) {
                problems.add("table '" + record.tag() + "' is out of order after '" + records.get(i - 1).tag() + "'");
            }
        }
        long fileSum = SfntChecksum.of(file.bytes);
        if (fileSum != SfntChecksum.FILE_CHECKSUM_MAGIC) {
            problems.add(String.format("whole-file checksum is 0x%08X, expected 0xB1B0AFBA", fileSum));
        }
    }

    private static void checkRecord(SfntFile file, SfntFile.TableRecord record, List<String> problems) {
        String tag = record.tag();
        if (record.length() <= 0) {
            problems.add("table '" + tag + "' is zero-length");
            return;
        }
        if (record.offset() % 4 != 0) {
            problems.add("table '" + tag + "' starts at offset " + record.offset() + ", not 4-byte aligned");
        }
        long paddedEnd = record.offset() + ((record.length() + 3L) & ~3L);
        if (record.offset() < 0 || paddedEnd > file.bytes.length) {
            problems.add("table '" + tag + "' (offset " + record.offset() + ", length " + record.length()
                    + ") runs past the end of the file (" + file.bytes.length + " bytes)");
            return;
        }
        for (long at = record.offset() + record.length(); at < paddedEnd; at++) {
            if (file.bytes[(int) at] != 0) {
                problems.add("table '" + tag + "' padding byte at " + at + " is not zero");
                break;
            }
        }
        byte[] data = java.util.Arrays.copyOfRange(file.bytes, record.offset(), record.offset() + record.length());
        if (tag.equals("head") && data.length >= HEAD_CHECKSUM_ADJUSTMENT_OFFSET + 4) {
            java.util.Arrays.fill(data, HEAD_CHECKSUM_ADJUSTMENT_OFFSET, HEAD_CHECKSUM_ADJUSTMENT_OFFSET + 4, (byte) 0);
        }
        long actual = SfntChecksum.of(data);
        if (actual != record.checksum()) {
            problems.add(String.format("table '%s' checksum is 0x%08X in the directory but 0x%08X computed",
                    tag, record.checksum(), actual));
        }
    }

    static void expect(List<String> problems, String field, long actual, long expected) {
        if (actual != expected) {
            problems.add(field + " is " + actual + ", expected " + expected);
        }
    }
}
