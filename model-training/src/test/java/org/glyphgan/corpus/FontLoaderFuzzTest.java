package org.glyphgan.corpus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corrupts random bytes of real fonts: loading and drawing must either succeed or fail with a
 * {@link FontLoadException} naming the file, never with another exception and never hang.
 */
class FontLoaderFuzzTest {
    private static final int MUTANTS = 40;
    private static final int FLIPPED_BYTES = 20;

    @ParameterizedTest
    @ValueSource(strings = {"courier-prime/Courier Prime.otf", "liberation-mono/LiberationMono-Regular.ttf",
            "lobster/lobster-latin-400-normal.woff"})
    void corruptedFontsFailCleanly(String file) throws IOException {
        byte[] original = Files.readAllBytes(TestCorpus.fontsDir().resolve(file));
        FontLoader loader = new FontLoader(new FontLimits(FontLimits.DEFAULT_MAX_FILE_BYTES,
                FontLimits.DEFAULT_MAX_DECODED_BYTES, FontLimits.DEFAULT_MAX_TABLES, Duration.ofSeconds(2)));
        Random random = new Random(file.hashCode());
        int rejected = 0;
        for (int mutant = 0; mutant < MUTANTS; mutant++) {
            byte[] bytes = original.clone();
            for (int i = 0; i < FLIPPED_BYTES; i++) {
                bytes[12 + random.nextInt(bytes.length - 12)] = (byte) random.nextInt(256);
            }
            String name = "mutant-" + mutant + "-" + file.replace('/', '_');
            boolean failed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> loadAndDraw(loader, bytes, name));
            rejected += failed ? 1 : 0;
        }
        System.out.printf("%s: %d of %d mutants rejected%n", file, rejected, MUTANTS);
    }

    /** Returns whether the loader rejected the font; any exception but FontLoadException fails the test. */
    private static boolean loadAndDraw(FontLoader loader, byte[] bytes, String name) {
        try {
            CorpusFont font = loader.parse(bytes, name, null, null);
            for (int codePoint = 0x21; codePoint <= 0x7E; codePoint++) {
                font.outline(codePoint);
                font.advanceWidth(codePoint);
            }
            return false;
        } catch (FontLoadException e) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
            return true;
        }
    }
}
