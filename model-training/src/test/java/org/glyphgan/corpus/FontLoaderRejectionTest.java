package org.glyphgan.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged and crafted files are rejected quickly, with the file name in the message. */
class FontLoaderRejectionTest {
    private static final Duration BOUND = Duration.ofSeconds(15);

    @TempDir
    Path temp;

    private final FontLoader loader = new FontLoader();

    @Test
    void truncatedTtfRejected() throws IOException {
        byte[] ttf = corpusBytes("dejavu-serif/DejaVuSerif.ttf");
        assertRejected(Arrays.copyOf(ttf, ttf.length / 2), "half-serif.ttf", "truncated");
    }

    @Test
    void truncatedWoffRejected() throws IOException {
        byte[] woff = corpusBytes("lobster/lobster-latin-400-normal.woff");
        assertRejected(Arrays.copyOf(woff, woff.length - 100), "cut.woff", "length");
    }

    @Test
    void randomBytesRejected() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertRejected(noise, "noise.ttf", "signature");
    }

    @Test
    void randomBytesBehindTrueTypeMagicRejected() {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        noise[0] = 0;
        noise[1] = 1;
        noise[2] = 0;
        noise[3] = 0;
        assertRejected(noise, "noise-magic.ttf", "noise-magic.ttf");
    }

    @Test
    void woffLyingTableLengthRejected() throws IOException {
        byte[] woff = corpusBytes("lobster/lobster-latin-400-normal.woff");
        ByteBuffer buffer = ByteBuffer.wrap(woff);
        int firstCompressed = -1;
        for (int i = 0; i < buffer.getShort(12); i++) {
            int at = 44 + 20 * i;
            if (buffer.getInt(at + 8) != buffer.getInt(at + 12)) {
                firstCompressed = at;
                break;
            }
        }
        assertTrue(firstCompressed > 0, "the corpus WOFF has a compressed table");
        buffer.putInt(firstCompressed + 12, buffer.getInt(firstCompressed + 12) + 4);
        assertRejected(woff, "lying-table.woff", "lying-table.woff");
    }

    @Test
    void woffHugeDeclaredSizeRejected() throws IOException {
        byte[] woff = corpusBytes("lobster/lobster-latin-400-normal.woff");
        ByteBuffer.wrap(woff).putInt(16, Integer.MAX_VALUE);
        assertRejected(woff, "bomb.woff", "limit");
    }

    @Test
    void woffLyingHeaderLengthRejected() throws IOException {
        byte[] woff = corpusBytes("lobster/lobster-latin-400-normal.woff");
        ByteBuffer.wrap(woff).putInt(8, woff.length + 1000);
        assertRejected(woff, "long.woff", "declares a length");
    }

    @Test
    void oversizedFileRejected() throws IOException {
        Path big = temp.resolve("huge.ttf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(FontLimits.DEFAULT_MAX_FILE_BYTES + 1);
        }
        FontLoadException error = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(FontLoadException.class, () -> loader.loadFile(big)));
        assertTrue(error.getMessage().contains("huge.ttf"), error.getMessage());
        assertTrue(error.getMessage().contains("limit"), error.getMessage());
    }

    @Test
    void checksumMismatchRejected() throws IOException {
        Path fonts = TestCorpus.fontsDir();
        ManifestEntry real = CorpusManifest.read(fonts).find("arvo/arvo-latin-400-normal.woff").orElseThrow();
        ManifestEntry wrong = new ManifestEntry(real.file(), real.family(), real.style(), real.kind(),
                real.license(), real.source(), "00".repeat(32), real.split());
        FontLoadException error = assertThrows(FontLoadException.class, () -> loader.load(fonts, wrong));
        assertTrue(error.getMessage().contains(real.file()), error.getMessage());
        assertTrue(error.getMessage().contains("SHA-256"), error.getMessage());
    }

    private byte[] corpusBytes(String file) throws IOException {
        return Files.readAllBytes(TestCorpus.fontsDir().resolve(file));
    }

    private void assertRejected(byte[] bytes, String fileName, String expectedWords) {
        FontLoadException error = assertTimeoutPreemptively(BOUND, () -> assertThrows(FontLoadException.class,
                () -> loader.parse(bytes, fileName, null, null)));
        assertTrue(error.getMessage().contains(fileName), error.getMessage());
        assertTrue(error.getMessage().contains(expectedWords), error.getMessage());
    }
}
