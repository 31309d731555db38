package org.glyphgan.sfnt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glyphgan.sfnt.validate.FontValidators;
import org.glyphgan.sfnt.validate.ValidatorVerdict;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every validator (in-process and the installed external tools) on fonts the writer produced. */
class FontValidatorsTest {
    private static final Logger LOG = LoggerFactory.getLogger(FontValidatorsTest.class);

    @TempDir
    Path directory;

    @Test
    void syntheticFontPassesEveryValidator() throws IOException {
        assertAllPass(TestGlyphs.syntheticFont(), "HOnxdp.");
    }

    @Test
    void realFontOutlinesPassEveryValidator() throws IOException {
        FontBuild build = RealFontGlyphs.basicLatin("Glyphgan DejaVu Copy", "Regular");
        assertAllPass(build, "Hamburgefonstiv 0123");
    }

    /**
     * Corpus TrueType fonts of different designs: a bold serif, a rounded geometric sans and a
     * book serif. Andika is left out because its own outlines overlap (FontForge reports
     * self-intersection in the source font for K, x, e and others), and the writer copies outlines
     * as they are.
     */
    @ParameterizedTest
    @ValueSource(strings = {"caladea/Caladea-Bold.ttf", "comfortaa/Comfortaa-Regular.ttf", "dejavu-serif/DejaVuSerif.ttf"})
    void corpusFontOutlinesPassEveryValidator(String file) throws IOException {
        Path source = Path.of(System.getProperty("glyphgan.fonts.dir", "../fonts")).resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(source), "corpus font " + source + " is not checked out");
        String style = file.contains("Bold") ? "Bold" : "Regular";
        FontBuild build = FontBuild.builder("Glyphgan Corpus Copy", style)
                .glyphs(RealFontGlyphs.basicLatinGlyphs(source)).created(TestGlyphs.FIXED_TIME).build();
        assertAllPass(build, "Hamburgefonstiv");
    }

    @Test
    void beyondBmpFontPassesEveryValidator() throws IOException {
        FontBuild build = FontBuild.builder("Glyphgan Astral", "Italic")
                .glyphs(TestGlyphs.synthetic())
                .glyph(GlyphBuild.forCodePoint(0x1F600, 700, TestGlyphs.ring()))
                .created(TestGlyphs.FIXED_TIME)
                .build();
        assertAllPass(build, "HO");
    }

    @Test
    void fixedPitchFontPassesEveryValidator() throws IOException {
        FontBuild build = FontBuild.builder("Glyphgan Mono", "Regular").glyphs(TestGlyphs.monospaced())
                .fixedPitch(true).created(TestGlyphs.FIXED_TIME).build();
        assertAllPass(build, "HOnxdp.");
    }

    private void assertAllPass(FontBuild build, String sample) throws IOException {
        Path font = directory.resolve("font.ttf");
        SfntWriter.write(build, font);
        List<ValidatorVerdict> verdicts = FontValidators.run(font,
                FontValidators.all(Optional.of(FontSummary.of(build)), sample));
        for (ValidatorVerdict verdict : verdicts) {
            LOG.info("{}", verdict);
            assertTrue(verdict.passed(), verdict.toString());
        }
    }
}
