package org.glyphgan.dataset;

import org.glyphgan.raster.GrayBitmap;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * Streams the records of a dataset file one at a time, so training can iterate over a file larger
 * than memory. Errors while iterating are {@link UncheckedIOException}s wrapping a
 * {@link DatasetFormatException} that names the file.
 */
public final class DatasetReader implements Iterator<GlyphSample>, AutoCloseable {
    private final Path path;
    private final CheckedInputStream checked;
    private final DataInputStream in;
    private final DatasetHeader header;
    private final byte[] levels;
    private int remaining;

    DatasetReader(Path path, InputStream stream) throws IOException {
        this.path = path;
        this.checked = new CheckedInputStream(stream, new CRC32());
        this.in = new DataInputStream(checked);
        try {
            this.header = readHeader();
        } catch (EOFException e) {
            in.close();
            throw new DatasetFormatException("Dataset file " + path + " is truncated inside its header", e);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        this.levels = new byte[header.sizePx() * header.sizePx()];
        this.remaining = header.count();
        if (remaining == 0) {
            verifyChecksum();
        }
    }

    public DatasetHeader header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        return remaining > 0;
    }

    @Override
    public GlyphSample next() {
        if (remaining <= 0) {
            throw new NoSuchElementException("Dataset file " + path + " has no more records");
        }
        try {
            GlyphSample sample = readRecord();
            remaining--;
            if (remaining == 0) {
                verifyChecksum();
            }
            return sample;
        } catch (EOFException e) {
            throw new UncheckedIOException(new DatasetFormatException("Dataset file " + path + " is truncated: "
                    + remaining + " of " + header.count() + " records missing; rebuild it", e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private DatasetHeader readHeader() throws IOException {
        int magic = in.readInt();
        if (magic != DatasetFile.MAGIC) {
            throw fail(String.format("does not start with the dataset magic 'GGDS' (found 0x%08X);"
                    + " it is not a glyphgan dataset", magic));
        }
        int version = in.readUnsignedShort();
        if (version != DatasetFile.VERSION) {
            throw fail("has format version " + version + ", this build reads version " + DatasetFile.VERSION
                    + "; rebuild the dataset");
        }
        String split = readString();
        int sizePx = in.readUnsignedShort();
        if (sizePx < 1 || sizePx > DatasetFile.MAX_SIZE_PX) {
            throw fail("declares a bitmap size of " + sizePx + " px, expected 1 to " + DatasetFile.MAX_SIZE_PX);
        }
        double topEm = in.readDouble();
        double bottomEm = in.readDouble();
        String characterSet = readString();
        String corpusHash = readString();
        int fontCount = in.readUnsignedShort();
        List<String> fontIds = new ArrayList<>(fontCount);
        for (int i = 0; i < fontCount; i++) {
            fontIds.add(readString());
        }
        int count = in.readInt();
        if (count < 0) {
            throw fail("declares a negative record count " + count);
        }
        return new DatasetHeader(split, sizePx, topEm, bottomEm, characterSet, corpusHash, fontIds, count);
    }

    private GlyphSample readRecord() throws IOException {
        int fontIndex = in.readUnsignedShort();
        int codePoint = in.readInt();
        if (fontIndex >= header.fontIds().size()) {
            throw fail("has a record with font index " + fontIndex + " but only " + header.fontIds().size()
                    + " fonts");
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw fail("has a record with invalid code point " + codePoint);
        }
        in.readFully(levels);
        float[] ink = new float[levels.length];
        for (int i = 0; i < levels.length; i++) {
            ink[i] = (levels[i] & 0xFF) / 255f;
        }
        GrayBitmap bitmap = new GrayBitmap(header.sizePx(), header.sizePx(), ink);
        return new GlyphSample(header.fontIds().get(fontIndex), codePoint, bitmap);
    }

    private void verifyChecksum() throws IOException {
        int computed = (int) checked.getChecksum().getValue();
        int stored;
        try {
            stored = in.readInt();
        } catch (EOFException e) {
            throw new DatasetFormatException("Dataset file " + path + " is truncated: its CRC-32 is missing", e);
        }
        if (stored != computed) {
            throw fail(String.format("has CRC-32 0x%08X but stores 0x%08X; the file is damaged, rebuild it",
                    computed, stored));
        }
        if (in.read() != -1) {
            throw fail("has extra bytes after its CRC-32");
        }
    }

    private String readString() throws IOException {
        int length = in.readUnsignedShort();
        if (length > DatasetFile.MAX_STRING_BYTES) {
            throw fail("has a header string of " + length + " bytes, above the limit of " + DatasetFile.MAX_STRING_BYTES);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private DatasetFormatException fail(String problem) {
        return new DatasetFormatException("Dataset file " + path + " " + problem);
    }
}
