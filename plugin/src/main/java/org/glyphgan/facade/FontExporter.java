package org.glyphgan.facade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glyphgan.outline.Cu2Qu;
import org.glyphgan.sfnt.FontBuild;
import org.glyphgan.sfnt.FontSummary;
import org.glyphgan.sfnt.GlyphBuild;
import org.glyphgan.sfnt.SfntWriter;
import org.glyphgan.sfnt.validate.FontValidators;
import org.glyphgan.sfnt.validate.ValidatorVerdict;
import org.glyphgan.svg.SpecimenGlyph;
import org.glyphgan.svg.SpecimenSheetWriter;
import org.glyphgan.svg.SvgDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a glyph set as a TrueType font, a folder of SVGs and a specimen sheet. */
final class FontExporter {
    private static final Logger LOG = LoggerFactory.getLogger(FontExporter.class);
    static final String SPECIMEN_FILE = "specimen.svg";
    static final int SPECIMEN_COLUMNS = 16;
    /** Characters of the set that the JDK validator draws, at most. */
    private static final int SAMPLE_LENGTH = 16;

    private FontExporter() {
    }

    /**
     * Builds the font: the set's glyphs (already quadratic, so the conversion with a 1-unit
     * tolerance keeps them as they are) and a space glyph sized from the style. A monospaced set
     * gives a fixed-pitch font whose space has the shared advance width.
     */
    static FontBuild fontBuild(GlyphSet set, FontNames names) {
        requireGlyphs(set);
        List<GlyphBuild> glyphs = new ArrayList<>();
        int spaceWidth = set.fixedAdvanceWidth().orElseGet(() -> Spacing.spaceWidth(set.glyphs(), set.unitsPerEm()));
        glyphs.add(GlyphBuild.forCodePoint(' ', spaceWidth, org.glyphgan.outline.GlyphOutline.EMPTY));
        for (GeneratedGlyph glyph : set.glyphs()) {
            glyphs.add(GlyphBuild.forCodePoint(glyph.codePoint(), glyph.advanceWidth(),
                    Cu2Qu.toQuadratic(glyph.outline(), GlyphDrawer.QUADRATIC_MAX_ERROR_UNITS)));
        }
        try {
            return FontBuild.builder(names.family(), names.style())
                    .unitsPerEm(set.unitsPerEm())
                    .metrics(set.metrics())
                    .glyphs(glyphs)
                    .fixedPitch(set.monospaced())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new GlyphGanException("Cannot build the font: " + e.getMessage(), e);
        }
    }

    static byte[] ttfBytes(GlyphSet set, FontNames names) {
        try {
            return SfntWriter.toBytes(fontBuild(set, names));
        } catch (IllegalArgumentException e) {
            throw new GlyphGanException("Cannot write the font: " + e.getMessage(), e);
        }
    }

    /** Writes the font (and the SVG folder), then runs every validator on the written font when asked. */
    static ExportResult export(GlyphSet set, FontNames names, Path ttfFile, Path svgDir, boolean validate) {
        FontBuild build = fontBuild(set, names);
        OutputChecks.requireWritableFile(ttfFile);
        if (svgDir != null) {
            OutputChecks.requireWritableFolder(svgDir);
        }
        try {
            Files.createDirectories(ttfFile.toAbsolutePath().getParent());
            SfntWriter.write(build, ttfFile);
        } catch (IOException e) {
            throw new GlyphGanException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new GlyphGanException("Cannot write the font: " + e.getMessage(), e);
        }
        Path specimen = svgDir == null ? null : writeSvgFolder(set, svgDir);
        List<ValidatorVerdict> verdicts = validate ? validate(build, ttfFile, sample(set)) : List.of();
        return new ExportResult(ttfFile, svgDir, specimen, verdicts);
    }

    private static List<ValidatorVerdict> validate(FontBuild build, Path ttfFile, String sample) {
        long started = System.nanoTime();
        List<ValidatorVerdict> verdicts = FontValidators.run(ttfFile,
                FontValidators.all(Optional.of(FontSummary.of(build)), sample));
        verdicts.stream().filter(verdict -> !verdict.passed())
                .forEach(verdict -> LOG.warn("Validator rejected {}: {}", ttfFile, verdict));
        LOG.info("Ran {} validators on {} in {} ms", verdicts.size(), ttfFile, (System.nanoTime() - started) / 1_000_000);
        return verdicts;
    }

    /** Writes one {@code uniXXXX.svg} per glyph and the specimen, each file atomically; returns the specimen. */
    static Path writeSvgFolder(GlyphSet set, Path folder) {
        String specimen = specimenSvg(set);
        try {
            Files.createDirectories(folder);
            for (GeneratedGlyph glyph : set.glyphs()) {
                SvgDocuments.write(glyph.svg(), folder.resolve(svgFileName(glyph.codePoint())));
            }
            Path specimenFile = folder.resolve(SPECIMEN_FILE);
            SvgDocuments.write(specimen, specimenFile);
            return specimenFile;
        } catch (IOException e) {
            throw new GlyphGanException("Cannot write SVG files into " + folder.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); choose a writable folder", e);
        }
    }

    /** File name of one glyph's SVG: {@code uniXXXX.svg} in the BMP, {@code uXXXXX.svg} beyond it. */
    static String svgFileName(int codePoint) {
        return (codePoint <= 0xFFFF ? String.format(Locale.ROOT, "uni%04X", codePoint)
                : String.format(Locale.ROOT, "u%05X", codePoint)) + ".svg";
    }

    /** Lays the set out as a specimen grid, tall enough for its highest and lowest ink. */
    static String specimenSvg(GlyphSet set) {
        int ascender = set.metrics().ascender();
        int descender = set.metrics().descender();
        List<SpecimenGlyph> cells = new ArrayList<>();
        for (GeneratedGlyph glyph : set.glyphs()) {
            java.awt.geom.Rectangle2D bounds = glyph.outline().toPath().getBounds2D();
            ascender = Math.max(ascender, (int) Math.ceil(bounds.getMaxY()));
            descender = Math.min(descender, (int) Math.floor(bounds.getMinY()));
            cells.add(new SpecimenGlyph(new String(Character.toChars(glyph.codePoint())), glyph.outline(),
                    glyph.advanceWidth()));
        }
        return SpecimenSheetWriter.toSvg(cells, SPECIMEN_COLUMNS, ascender, descender);
    }

    private static String sample(GlyphSet set) {
        StringBuilder sample = new StringBuilder();
        for (GeneratedGlyph glyph : set.glyphs()) {
            if (sample.length() >= SAMPLE_LENGTH) {
                break;
            }
            sample.appendCodePoint(glyph.codePoint());
        }
        return sample.toString();
    }

    private static void requireGlyphs(GlyphSet set) {
        if (set.glyphs().isEmpty() && set.failures().isEmpty()) {
            throw new GlyphGanException("The glyph set '" + set.styleLabel() + "' has no glyphs to export; request"
                    + " characters other than the space, which is never drawn");
        }
        if (set.glyphs().isEmpty()) {
            throw new GlyphGanException("The glyph set '" + set.styleLabel() + "' has no glyphs to export ("
                    + set.failures().size() + (set.failures().size() == 1 ? " character" : " characters")
                    + " failed); generate again with another seed, more candidates or another style");
        }
    }
}
