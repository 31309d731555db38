package org.glyphgan.facade;

import java.nio.file.Path;
import java.util.List;
import org.glyphgan.sfnt.validate.ValidatorVerdict;

/**
 * The files {@link GlyphGan#export} wrote and the validators' verdicts on the font.
 *
 * @param ttfFile      the TrueType font
 * @param svgDir       the folder of per-glyph SVGs, or null when none was requested
 * @param specimenFile {@code specimen.svg} in {@code svgDir}, or null when no folder was requested
 * @param verdicts     one verdict per font validator on {@code ttfFile}
 */
public record ExportResult(Path ttfFile, Path svgDir, Path specimenFile, List<ValidatorVerdict> verdicts) {
    public ExportResult {
        verdicts = List.copyOf(verdicts);
    }

    public boolean allPassed() {
        return verdicts.stream().allMatch(ValidatorVerdict::passed);
    }
}
