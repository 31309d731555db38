package org.glyphgan.sfnt;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a TrueType font from a {@link FontBuild}. This class owns the table directory: tables
 * sorted by tag, each starting on a 4-byte boundary with zero padding, per-table checksums,
 * searchRange / entrySelector / rangeShift, and head.checkSumAdjustment so that the whole file
 * sums to 0xB1B0AFBA.
 */
public final class SfntWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SfntWriter.class);
    private static final long SFNT_VERSION_TRUETYPE = 0x00010000L;
    private static final int TABLE_RECORD_SIZE = 16;

    private SfntWriter() {
    }

    /** Builds the font file in memory; every input error is raised before any byte is produced. */
    public static byte[] toBytes(FontBuild build) {
        FontPlan plan = FontPlan.of(build);
        return assemble(tables(plan));
    }

    /**
     * Writes the font to {@code target} atomically: the bytes go to a temporary file in the same
     * directory, which then replaces {@code target}. On failure an existing {@code target} is
     * left as it was.
     */
    public static void write(FontBuild build, Path target) throws IOException {
        byte[] bytes = toBytes(build);
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("Cannot write font file " + absolute + ": directory " + directory
                    + " does not exist; create it or choose another output path");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        } catch (AccessDeniedException e) {
            throw new IOException("Cannot write font file " + absolute + ": directory " + directory
                    + " is not writable; choose a writable output path", e);
        }
        try {
            Files.write(temporary, bytes);
            makeReadable(temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw new IOException("Cannot write font file " + absolute + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); the previous file, if any, is unchanged; choose a writable file path", e);
        }
        LOG.info("Wrote font {} ({} bytes)", absolute, bytes.length);
    }

    /** Widens the owner-only permissions of a temporary file to rw-r--r--, where the file system has them. */
    private static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static List<SfntTable> tables(FontPlan plan) {
        GlyfTable glyf = new GlyfTable(plan.compiled);
        LocaTable loca = new LocaTable(glyf.offsets());
        HmtxTable hmtx = new HmtxTable(plan.glyphs, plan.compiled);
        FontBounds bounds = FontBounds.of(plan.compiled);
        List<SfntTable> tables = new ArrayList<>();
        tables.add(new HeadTable(plan, bounds, loca.indexToLocFormat()));
        tables.add(new HheaTable(plan, hmtx.numberOfHMetrics()));
        tables.add(new MaxpTable(plan.compiled));
        tables.add(new Os2Table(plan, bounds));
        tables.add(hmtx);
        tables.add(new CmapTable(plan.glyphIdByCodePoint));
        tables.add(loca);
        tables.add(glyf);
        tables.add(new NameTable(plan));
        tables.add(new PostTable(plan));
        return tables;
    }

    /** Lays out the directory and the padded tables, then patches head.checkSumAdjustment. */
    static byte[] assemble(List<SfntTable> unsorted) {
        List<SfntTable> tables = new ArrayList<>(unsorted);
        tables.sort(Comparator.comparing(SfntTable::tag));
        int numTables = tables.size();
        int searchRange = TABLE_RECORD_SIZE * Integer.highestOneBit(numTables);
        int entrySelector = Integer.numberOfTrailingZeros(Integer.highestOneBit(numTables));
        int rangeShift = numTables * TABLE_RECORD_SIZE - searchRange;
        BigEndianBuffer directory = new BigEndianBuffer()
                .uint32(SFNT_VERSION_TRUETYPE)
                .uint16(numTables).uint16(searchRange).uint16(entrySelector).uint16(rangeShift);

        BigEndianBuffer body = new BigEndianBuffer();
        int bodyStart = 12 + numTables * TABLE_RECORD_SIZE;
        int headOffset = -1;
        for (SfntTable table : tables) {
            byte[] data = table.toBytes();
            if (data.length == 0) {
                throw new IllegalStateException("Table '" + table.tag() + "' came out empty; sfnt tables must not be zero-length");
            }
            int offset = bodyStart + body.size();
            if (table.tag().equals(HeadTable.TAG)) {
                headOffset = offset;
            }
            directory.tag(table.tag()).uint32(SfntChecksum.of(data)).uint32(offset).uint32(data.length);
            body.bytes(data).padTo(4);
        }

        byte[] file = directory.bytes(body.toByteArray()).toByteArray();
        if (headOffset >= 0) {
            long adjustment = (SfntChecksum.FILE_CHECKSUM_MAGIC - SfntChecksum.of(file)) & 0xFFFFFFFFL;
            int at = headOffset + HeadTable.CHECKSUM_ADJUSTMENT_OFFSET;
            file[at] = (byte) (adjustment >>> 24);
            file[at + 1] = (byte) (adjustment >>> 16);
            file[at + 2] = (byte) (adjustment >>> 8);
            file[at + 3] = (byte) adjustment;
        }
        return file;
    }
}
