package org.glyphgan.sfnt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.sfnt.validate.FontForgeValidator;
import org.glyphgan.sfnt.validate.FontValidator;
import org.glyphgan.sfnt.validate.FontValidators;
import org.glyphgan.sfnt.validate.ValidatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validators must be able to fail: they reject a truncated file and a misdirected contour. */
class ValidatorsOnBrokenFontTest {
    @TempDir
    Path directory;

    @Test
    void truncatedFontFailsEveryValidator() throws IOException {
        byte[] bytes = SfntWriter.toBytes(TestGlyphs.syntheticFont());
        Path truncated = directory.resolve("truncated.ttf");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));
        List<FontValidator> validators = FontValidators.all(Optional.empty(), "HO");
        for (FontValidator validator : validators) {
            if (validator.name().equals(FontForgeValidator.NAME)) {
                continue; // FontForge repairs what it can read and validates outlines only.
            }
            ValidatorVerdict verdict = validator.validate(truncated);
            assertFalse(verdict.passed(), verdict.toString());
        }
    }

    @Test
    void counterClockwiseOuterContourFailsFontForge() throws IOException {
        GlyphOutline reversed = new GlyphOutline(List.of(TestGlyphs.rectangle(50, 0, 450, 700, false)));
        FontBuild build = FontBuild.builder("Reversed", "Regular")
                .glyphs(TestGlyphs.synthetic())
                .glyph(GlyphBuild.of("I", 'I', 500, reversed))
                .build();
        Path font = directory.resolve("reversed.ttf");
        SfntWriter.write(build, font);
        ValidatorVerdict verdict = new FontForgeValidator().validate(font);
        assertFalse(verdict.passed(), verdict.toString());
        assertTrue(verdict.detail().contains("wrong direction"), verdict.detail());
        assertTrue(verdict.detail().contains("I=0x"), verdict.detail());
    }
}
