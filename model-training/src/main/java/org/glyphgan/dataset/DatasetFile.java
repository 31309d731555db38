package org.glyphgan.dataset;

import org.glyphgan.raster.CharacterSet;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The on-disk dataset format, big-endian:
 * <pre>
 * magic "GGDS", u16 version (1)
 * utf split, u16 sizePx, f64 topEm, f64 bottomEm, utf characterSet, utf corpusHash
 * u16 fontCount, fontCount × utf fontId
 * u32 count, count × record { u16 fontIndex, u32 codePoint, sizePx² × u8 ink (0 = paper, 255 = ink) }
 * u32 CRC-32 of every preceding byte
 * </pre>
 * where {@code utf} is a u16 byte length followed by UTF-8. Records stay in dataset order, so
 * the same dataset always gives the same bytes.
 */
public final class DatasetFile {
    static final int MAGIC = 0x47474453; // 'GGDS'
    static final int VERSION = 1;
    static final int MAX_STRING_BYTES = 4096;
    static final int MAX_SIZE_PX = 1024;

    private DatasetFile() {
    }

    /**
     * Writes {@code dataset} to {@code path} atomically: the bytes go to a temporary file in the
     * same folder, which is then renamed over {@code path}, so readers never see a partial file.
     */
    public static void write(Path path, GlyphDataset dataset, EmBox box, String characterSet) throws IOException {
        if (box.sizePx() != dataset.sizePx()) {
            throw new IllegalArgumentException("Em box is " + box.sizePx() + " px but the dataset is "
                    + dataset.sizePx() + " px");
        }
        Path absolute = path.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, absolute.getFileName().toString(), ".tmp");
        try {
            try (OutputStream file = Files.newOutputStream(temp)) {
                writeTo(file, dataset, box, characterSet);
            }
            makeReadable(temp);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a dataset rendered in the default em box of its size; the header's character set is
     * the ranges of code points present.
     */
    public static void write(Path path, GlyphDataset dataset) throws IOException {
        List<Integer> codePoints = dataset.samples().stream().map(GlyphSample::codePoint).toList();
        write(path, dataset, EmBox.ofSize(dataset.sizePx()), CharacterSet.specOf(codePoints));
    }

    /** Widens the owner-only permissions of a temporary file to rw-r--r--, where the file system has them. */
    private static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Reads a whole dataset file into memory. */
    public static GlyphDataset read(Path path) throws IOException {
        try (DatasetReader reader = open(path)) {
            DatasetHeader header = reader.header();
            List<GlyphSample> samples = new ArrayList<>(header.count());
            try {
                while (reader.hasNext()) {
                    samples.add(reader.next());
                }
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            return new GlyphDataset(header.split(), header.sizePx(), header.corpusHash(), samples);
        }
    }

    /**
     * Opens a dataset file for streaming. The header is read and checked now and the records one
     * at a time as the caller iterates. The CRC-32 is checked after the last record.
     */
    public static DatasetReader open(Path path) throws IOException {
        return new DatasetReader(path, new BufferedInputStream(Files.newInputStream(path), 1 << 16));
    }

    private static void writeTo(OutputStream file, GlyphDataset dataset, EmBox box, String characterSet)
            throws IOException {
        CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16), new CRC32());
        DataOutputStream out = new DataOutputStream(checked);
        Map<String, Integer> fontIndex = new LinkedHashMap<>();
        for (String fontId : dataset.fontIds()) {
            fontIndex.put(fontId, fontIndex.size());
        }
        out.writeInt(MAGIC);
        out.writeShort(VERSION);
        writeString(out, dataset.split());
        out.writeShort(dataset.sizePx());
        out.writeDouble(box.topEm());
        out.writeDouble(box.bottomEm());
        writeString(out, characterSet);
        writeString(out, dataset.corpusHash());
        out.writeShort(fontIndex.size());
        for (String fontId : fontIndex.keySet()) {
            writeString(out, fontId);
        }
        out.writeInt(dataset.samples().size());
        byte[] ink = new byte[dataset.sizePx() * dataset.sizePx()];
        for (GlyphSample sample : dataset.samples()) {
            out.writeShort(fontIndex.get(sample.fontId()));
            out.writeInt(sample.codePoint());
            quantize(sample.bitmap(), ink);
            out.write(ink);
        }
        out.flush();
        out.writeInt((int) checked.getChecksum().getValue());
        out.flush();
    }

    /** Quantizes ink in [0, 1] to 8 bits, rounding to nearest. Values outside [0, 1] are clamped. */
    static void quantize(GrayBitmap bitmap, byte[] out) {
        float[] ink = bitmap.ink();
        for (int i = 0; i < ink.length; i++) {
            out[i] = (byte) Math.round(Math.max(0f, Math.min(1f, ink[i])) * 255f);
        }
    }

    /** Returns a copy of {@code bitmap} with each value rounded to the 8-bit level a file stores. */
    public static GrayBitmap quantized(GrayBitmap bitmap) {
        byte[] levels = new byte[bitmap.ink().length];
        quantize(bitmap, levels);
        float[] ink = new float[levels.length];
        for (int i = 0; i < levels.length; i++) {
            ink[i] = (levels[i] & 0xFF) / 255f;
        }
        return new GrayBitmap(bitmap.widthPx(), bitmap.heightPx(), ink);
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_STRING_BYTES) {
            throw new IllegalArgumentException("Dataset header string has " + bytes.length
                    + " bytes, above the limit of " + MAX_STRING_BYTES + ": " + value.substring(0, 40) + "...");
        }
        out.writeShort(bytes.length);
        out.write(bytes);
    }
}
