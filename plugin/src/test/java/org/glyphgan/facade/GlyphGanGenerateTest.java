package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlyphGanGenerateTest {
    @TempDir
    static Path stylesDir;
    private static GlyphGan glyphGan;
    private static GlyphSet basic;

    @BeforeAll
    static void generateBasic() {
        glyphGan = GlyphGan.open(TinyModels.shared(), stylesDir);
        basic = glyphGan.generate(new GenerateRequest(new StyleSource.Named("sans"), CharacterSet.basic().codePoints(),
                1, 3), ProgressListener.NONE, Cancellation.none());
    }

    static List<Integer> codePoints(String characters) {
        return characters.codePoints().boxed().toList();
    }

    private static GlyphSet generate(GlyphGan target, String style, String characters, int candidates) {
        return target.generate(new GenerateRequest(StyleSource.parse(style), codePoints(characters), candidates, 7),
                ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void everyBasicCharacterIsGenerated() {
        assertEquals(94, basic.glyphs().size());
        assertEquals(0, basic.failures().size(), "failures: " + basic.failures());
        assertEquals(CharacterSet.basic().codePoints(), basic.glyphs().stream().map(GeneratedGlyph::codePoint).toList());
        for (GeneratedGlyph glyph : basic.glyphs()) {
            assertFalse(glyph.outline().isEmpty(), "empty outline for U+" + Integer.toHexString(glyph.codePoint()));
            assertTrue(glyph.svg().contains("<path"), "no path in the SVG of U+" + Integer.toHexString(glyph.codePoint()));
            assertTrue(glyph.realism() >= 0, "realism " + glyph.realism());
            assertTrue(glyph.realism() <= 1, "realism " + glyph.realism());
            assertTrue(Double.isNaN(glyph.classifierConfidence()), "confidence without a classifier");
        }
    }

    @Test
    void glyphsShareSideBearings() {
        double[] first = OutlinePlacement.xExtent(basic.glyphs().get(0).outline());
        int sideBearing = (int) Math.round(first[0]);
        assertTrue(sideBearing > 0, "side bearing " + sideBearing);
        for (GeneratedGlyph glyph : basic.glyphs()) {
            double[] extent = OutlinePlacement.xExtent(glyph.outline());
            String name = "U+" + Integer.toHexString(glyph.codePoint());
            assertEquals(sideBearing, extent[0], 1e-6, "left side bearing of " + name);
            double rightSideBearing = glyph.advanceWidth() - extent[1];
            assertTrue(rightSideBearing >= sideBearing, "right side bearing " + rightSideBearing + " of " + name);
            assertTrue(rightSideBearing < sideBearing + 1, "right side bearing " + rightSideBearing + " of " + name);
        }
    }

    @Test
    void metricsComeFromOutlines() {
        int capTop = (int) Math.round(basic.glyph('H').outline().toPath().getBounds2D().getMaxY());
        int xTop = (int) Math.round(basic.glyph('x').outline().toPath().getBounds2D().getMaxY());
        int pBottom = (int) Math.round(basic.glyph('p').outline().toPath().getBounds2D().getMinY());
        assertEquals(capTop, basic.metrics().capHeight());
        assertEquals(xTop, basic.metrics().xHeight());
        assertEquals(pBottom, basic.metrics().descender());
        assertTrue(basic.metrics().xHeight() < basic.metrics().capHeight(), basic.metrics().toString());
        assertTrue(basic.metrics().descender() < 0, basic.metrics().toString());
        assertEquals(GlyphGan.UNITS_PER_EM, basic.unitsPerEm());
    }

    @Test
    void unknownStyleIsNamedBriefly() {
        UnknownStyleException e = assertThrows(UnknownStyleException.class, () -> generate(glyphGan, "nope", "A", 1));
        assertEquals("nope", e.styleName());
        assertTrue(e.getMessage().startsWith("Unknown style 'nope': it is neither a named style of this model nor a"
                + " custom style saved in "), e.getMessage());
        assertFalse(e.getMessage().contains("serif"), "lists the styles: " + e.getMessage());
        assertFalse(e.getMessage().contains("random:"), "gives spec syntax: " + e.getMessage());
        assertFalse(e.getMessage().contains("glyphgan styles"), "gives a CLI command: " + e.getMessage());
    }

    @Test
    void unknownMixedStyleIsNamed() {
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> generate(glyphGan, "mix:serif,bold,0.5", "A", 1));
        assertTrue(e.getMessage().contains("Unknown style 'bold'"), e.getMessage());
    }

    @Test
    void emptyCharacterSetIsRejected() {
        GlyphGanException e = assertThrows(GlyphGanException.class,
                () -> new GenerateRequest(new StyleSource.Named("sans"), List.of(), 1, 0));
        assertTrue(e.getMessage().contains("character set is empty"), e.getMessage());
    }

    @Test
    void candidateCountIsChecked() {
        GlyphGanException e = assertThrows(GlyphGanException.class,
                () -> new GenerateRequest(new StyleSource.Named("sans"), List.of(65), 0, 0));
        assertTrue(e.getMessage().contains("Invalid candidate count 0"), e.getMessage());
    }

    @Test
    void unsupportedCodePointIsReportedAndOthersGenerated() {
        GlyphSet set = generate(glyphGan, "serif", "A\u00e9B\u20ac", 1);
        assertEquals(List.of((int) 'A', (int) 'B'), set.glyphs().stream().map(GeneratedGlyph::codePoint).toList());
        assertEquals(List.of(0xE9, 0x20AC), List.copyOf(set.failures().keySet()));
        assertEquals("not supported by this model, which draws U+0021-U+007E", set.failures().get(0xE9));
    }

    @Test
    void requestWithNoSupportedCharacterIsRejectedUpFront() {
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> generate(glyphGan, "nope", "\u4e00\u00e9", 1));
        assertEquals("None of the requested characters is supported by this model, which draws U+0021-U+007E;"
                + " choose characters in that range", e.getMessage(), "must fail before resolving the unknown style");
    }

    @Test
    void regenerateOfUnsupportedCharacterNamesIt() {
        GlyphSet set = generate(glyphGan, "serif", "A", 1);
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.regenerate(set, 0xE9, 1));
        assertTrue(e.getMessage().startsWith("U+00E9 is not supported by this model"), e.getMessage());
    }

    @Test
    void spaceIsSkippedWithoutFailure() {
        GlyphSet set = generate(glyphGan, "serif", "a b", 1);
        assertEquals(2, set.glyphs().size());
        assertTrue(set.failures().isEmpty(), set.failures().toString());
    }

    @Test
    void blankAndFloodedGlyphsAreFailures() {
        ScriptedModel scripted = new ScriptedModel(TinyModels.shared(), Set.of((int) 'o'), Set.of((int) 'x'));
        GlyphSet set = generate(GlyphGan.open(scripted, stylesDir), "sans", "nox", 2);
        assertEquals(List.of((int) 'n'), set.glyphs().stream().map(GeneratedGlyph::codePoint).toList());
        assertTrue(set.failures().get((int) 'o').contains("all 2 candidates are unusable: its darkest pixel has less than 0.15 ink"),
                set.failures().get((int) 'o'));
        assertTrue(set.failures().get((int) 'x').contains("ink covers 90 % of the em box"), set.failures().get((int) 'x'));
        assertTrue(set.failures().get((int) 'o').endsWith("; generate with another seed or another style"),
                set.failures().get((int) 'o'));
        GlyphSet single = generate(GlyphGan.open(scripted, stylesDir), "sans", "o", 1);
        assertTrue(single.failures().get((int) 'o').endsWith("; generate with more candidates or another style"),
                single.failures().get((int) 'o'));
    }

    @Test
    void erasedGlyphIsFailure() {
        ScriptedModel scripted = new ScriptedModel(TinyModels.shared(), Set.of(), Set.of(), Set.of((int) 'o'));
        GlyphSet set = generate(GlyphGan.open(scripted, stylesDir), "sans", "no", 1);
        assertEquals(List.of((int) 'n'), set.glyphs().stream().map(GeneratedGlyph::codePoint).toList());
        String reason = set.failures().get((int) 'o');
        assertTrue(reason.startsWith("the generated bitmap is unusable: its ink is "), reason);
        assertTrue(reason.contains(" % of the bitmap after contrast stretching, under the 5 % that every training"
                + " glyph has (an erased glyph)"), reason);
    }

    @Test
    void blankRedrawSuggestsAnotherSeed() {
        ScriptedModel scripted = new ScriptedModel(TinyModels.shared(), Set.of((int) 'o'), Set.of());
        GlyphGan scriptedGan = GlyphGan.open(scripted, stylesDir);
        GlyphSet set = generate(scriptedGan, "sans", "n", 1);
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> scriptedGan.regenerate(set, 'o', 4));
        assertTrue(e.getMessage().contains("could not be redrawn with seed 4"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; redraw with another seed"), e.getMessage());
    }

    @Test
    void bestRealismCandidateIsKept() {
        GanStyleModel model = TinyModels.shared();
        StyleCode style = model.namedStyles().get("mono");
        int candidates = 4;
        long seed = 11;
        GlyphSet set = glyphGan.generate(new GenerateRequest(new StyleSource.Named("mono"), codePoints("Rg"), candidates,
                seed), ProgressListener.NONE, Cancellation.none());
        for (GeneratedGlyph glyph : set.glyphs()) {
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < candidates; k++) {
                GrayBitmap candidate = candidate(model, style, glyph.codePoint(), seed, k);
                best = Math.max(best, model.realism(style, glyph.codePoint(), candidate));
            }
            assertEquals(best, glyph.realism(), 1e-5, "realism of the kept candidate");
        }
    }

    /** Candidate {@code k} as the façade draws it: the first without noise, then noise seeds {@code seed + k}. */
    private static GrayBitmap candidate(GanStyleModel model, StyleCode style, int codePoint, long seed, int k) {
        return k == 0 ? model.generateWithoutNoise(style, codePoint) : model.generate(style, codePoint, seed + k);
    }

    @Test
    void singleCandidateIgnoresNoiseSeed() {
        GanStyleModel model = TinyModels.shared();
        StyleCode style = model.namedStyles().get("serif");
        GrayBitmap withoutNoise = model.generateWithoutNoise(style, 'R');
        assertFalse(Arrays.equals(withoutNoise.ink(), model.generate(style, 'R', 3).ink()),
                "the tiny model's noise input must change its drawing for this test to mean anything");
        for (long seed : new long[] {0, 3, 77}) {
            GlyphSet set = glyphGan.generate(new GenerateRequest(new StyleSource.Named("serif"), codePoints("R"), 1, seed),
                    ProgressListener.NONE, Cancellation.none());
            assertEquals(model.realism(style, 'R', withoutNoise), set.glyphs().get(0).realism(), 1e-6, "seed " + seed);
        }
    }

    @Test
    void regenerateUsesSeedNoise() {
        GanStyleModel model = TinyModels.shared();
        StyleCode style = model.namedStyles().get("serif");
        GlyphSet set = generate(glyphGan, "serif", "R", 1);
        GeneratedGlyph redrawn = glyphGan.regenerate(set, 'R', 3);
        assertEquals(model.realism(style, 'R', model.generate(style, 'R', 3)), redrawn.realism(), 1e-6);
        assertNotEquals(set.glyphs().get(0).realism(), redrawn.realism(), "a redrawn glyph must differ from the first");
    }

    @Test
    void classifierConfidenceWeighsCandidates() {
        GanStyleModel model = TinyModels.shared();
        CharacterScorer byInk = (glyphs, codePoints) -> glyphs.stream().mapToDouble(GrayBitmap::inkFraction).toArray();
        GlyphGan scored = GlyphGan.open(model, byInk, stylesDir);
        StyleCode style = model.namedStyles().get("serif");
        int candidates = 3;
        GlyphSet set = scored.generate(new GenerateRequest(new StyleSource.Named("serif"), codePoints("W"), candidates, 5),
                ProgressListener.NONE, Cancellation.none());
        GeneratedGlyph glyph = set.glyphs().get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        double bestConfidence = Double.NaN;
        for (int k = 0; k < candidates; k++) {
            GrayBitmap candidate = candidate(model, style, 'W', 5, k);
            double score = model.realism(style, 'W', candidate) * candidate.inkFraction();
            if (score > bestScore) {
                bestScore = score;
                bestConfidence = candidate.inkFraction();
            }
        }
        assertEquals(bestConfidence, glyph.classifierConfidence(), 1e-5);
        assertEquals(bestScore, glyph.realism() * glyph.classifierConfidence(), 1e-5);
    }

    @Test
    void progressReachesOneInOrder() {
        List<Double> fractions = new ArrayList<>();
        glyphGan.generate(new GenerateRequest(new StyleSource.Random(3), codePoints("abcde"), 1, 0),
                (stage, fraction) -> fractions.add(fraction), Cancellation.none());
        assertEquals(5, fractions.size());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) > fractions.get(i - 1), "progress " + fractions);
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9);
    }

    @Test
    void cancelledRequestStops() {
        Cancellation cancel = new Cancellation();
        List<Double> fractions = new ArrayList<>();
        ProgressListener cancelAfterTwo = (stage, fraction) -> {
            fractions.add(fraction);
            if (fractions.size() == 2) {
                cancel.cancel();
            }
        };
        assertThrows(CancellationException.class, () -> glyphGan.generate(new GenerateRequest(
                new StyleSource.Named("sans"), codePoints("abcdef"), 1, 0), cancelAfterTwo, cancel));
        assertEquals(2, fractions.size(), "glyphs drawn after the cancellation");
    }

    @Test
    void regeneratedGlyphKeepsSpacing() {
        GeneratedGlyph original = basic.glyph('k');
        GeneratedGlyph redrawn = glyphGan.regenerate(basic, 'k', 99);
        assertNotEquals(original.bitmap(), redrawn.bitmap());
        assertEquals(OutlinePlacement.xExtent(original.outline())[0], OutlinePlacement.xExtent(redrawn.outline())[0], 1e-6);
        assertEquals(redrawn, glyphGan.regenerate(basic, 'k', 99));
    }

    @Test
    void regenerateRejectsUnsupportedCharacter() {
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.regenerate(basic, 0x416, 1));
        assertTrue(e.getMessage().contains("U+0416 is not supported"), e.getMessage());
    }

    @Test
    void mixedAndRandomStylesDiffer() {
        GlyphSet serif = generate(glyphGan, "serif", "Q", 1);
        GlyphSet mixed = generate(glyphGan, "mix:serif,mono,0.5", "Q", 1);
        GlyphSet random = generate(glyphGan, "random:4", "Q", 1);
        assertEquals("mix:serif,mono,0.5", mixed.styleLabel());
        assertNotEquals(serif.styleCode(), mixed.styleCode());
        assertNotEquals(serif.styleCode(), random.styleCode());
        StyleCode expected = serif.styleCode().mix(TinyModels.shared().namedStyles().get("mono"), 0.5);
        assertEquals(expected, mixed.styleCode());
    }

    @Test
    void closedInstanceRejectsCalls() {
        GlyphGan closing = GlyphGan.open(TinyModels.shared(), stylesDir);
        closing.close();
        assertThrows(IllegalStateException.class, closing::styles);
    }
}
