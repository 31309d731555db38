package org.glyphgan.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.glyphgan.dataset.GlyphDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationHarnessTest {
    private static final int SIZE_PX = TinyClassifier.SIZE_PX;
    private static final int K = 4;
    private static final long SEED = 3L;
    private static final String SANS_ID = "DejaVuSans.ttf";
    private static final String BOLD_ID = "DejaVuSans-Bold.ttf";

    private static GlyphDataset test;
    private static GlyphDataset base;
    private static GlyphDataset train;
    private static EvaluationHarness harness;
    private static FakeStyleModel oracle;
    private static EvaluationReport oracleReport;
    private static EvaluationReport blankReport;

    @BeforeAll
    static void buildDatasets() {
        List<Integer> characters = TinyClassifier.CHARACTERS;
        test = TestGlyphs.dataset("test", SIZE_PX, List.of(TestGlyphs.SANS, TestGlyphs.SANS_BOLD), characters);
        base = TestGlyphs.dataset("base", SIZE_PX, List.of(TestGlyphs.SANS), characters);
        // The training split contains a twin of the bold test font under another id, so the
        // nearest-train baseline must retrieve it exactly.
        GlyphDataset others = TestGlyphs.dataset("train", SIZE_PX, List.of(TestGlyphs.MONO, TestGlyphs.SERIF),
                characters);
        List<org.glyphgan.dataset.GlyphSample> samples = new java.util.ArrayList<>(others.samples());
        for (org.glyphgan.dataset.GlyphSample sample : test.byFont().get(BOLD_ID)) {
            samples.add(new org.glyphgan.dataset.GlyphSample("twin-bold", sample.codePoint(), sample.bitmap()));
        }
        train = new GlyphDataset("train", SIZE_PX, "test", samples);
        harness = new EvaluationHarness(TinyClassifier.get(), new EvaluationConfig(K, SEED, characters));
        oracle = FakeStyleModel.oracle(test);
        oracleReport = evaluate(oracle);
        blankReport = evaluate(FakeStyleModel.blank(test));
    }

    private static EvaluationReport evaluate(FakeStyleModel model) {
        return harness.evaluate(test, List.of(new StyleModelMethod(model, SEED), new CopyBaseMethod(base),
                new NearestTrainingFontMethod(train)));
    }

    @Test
    void oracleModelScoresPerfectly() {
        EvaluationReport report = oracleReport;
        MetricSummary model = report.method(StyleModelMethod.NAME).overall();

        assertEquals(2, report.fonts());
        assertEquals(2 * (TinyClassifier.CHARACTERS.size() - K), model.glyphs());
        assertEquals(0.0, model.meanL1(), 1e-12);
        assertEquals(1.0, model.meanSsim(), 1e-9);
        assertEquals(1.0, model.meanInkIoU(), 1e-12);
        assertEquals(1.0, model.classifierAccuracyRatio(), 1e-12);
        assertEquals(model.realClassifierAccuracy(), model.classifierAccuracy(), 1e-12);
        assertEquals(0, model.blankGlyphs());
        assertEquals(0, model.missingGlyphs());
        report.method(StyleModelMethod.NAME).fonts().forEach(font -> assertEquals("", font.unexpectedBlankOrBroken()));
    }

    @Test
    void oracleModelPassesAbsoluteTargets() {
        EvaluationReport report = oracleReport;
        Map<String, TargetResult> targets = byName(report.targets());
        MetricSummary nearest = report.method(NearestTrainingFontMethod.NAME).overall();

        assertTrue(targets.get("ink-iou").passed());
        assertTrue(targets.get("ssim").passed());
        assertTrue(targets.get("classifier-ratio").passed());
        assertTrue(targets.get("no-blank").passed());
        assertEquals(1.0 / nearest.meanInkIoU(), targets.get("iou-vs-nearest").value(), 1e-12);
        assertEquals(targets.get("iou-vs-nearest").value() >= 1.15, targets.get("iou-vs-nearest").passed());
    }

    @Test
    void blankModelFailsTargets() {
        EvaluationReport report = blankReport;
        MetricSummary model = report.method(StyleModelMethod.NAME).overall();
        Map<String, TargetResult> targets = byName(report.targets());

        assertEquals(model.glyphs(), model.blankGlyphs());
        assertEquals(1.0, model.blankOrBrokenRate(), 0.0);
        assertEquals(model.glyphs() - model.realBlankOrBroken(), model.unexpectedBlankOrBroken());
        assertEquals(0.0, model.meanInkIoU(), 0.0);
        assertFalse(targets.get("ink-iou").passed());
        assertFalse(targets.get("ssim").passed());
        assertFalse(targets.get("iou-vs-nearest").passed());
        assertFalse(targets.get("no-blank").passed());
        assertFalse(report.allTargetsPassed());
        int listed = report.method(StyleModelMethod.NAME).fonts().stream()
                .mapToInt(font -> font.unexpectedBlankOrBroken().codePointCount(0, font.unexpectedBlankOrBroken().length()))
                .sum();
        assertEquals(model.unexpectedBlankOrBroken(), listed, "every unexpected blank glyph is listed by character");
        for (EvaluationReport.FontResult font : report.method(StyleModelMethod.NAME).fonts()) {
            List<String> characters = font.unexpectedGlyphs().stream().map(EvaluationReport.UnexpectedGlyph::character)
                    .toList();
            assertEquals(font.unexpectedBlankOrBroken(), String.join("", characters), font.fontId());
            for (EvaluationReport.UnexpectedGlyph glyph : font.unexpectedGlyphs()) {
                assertEquals(0.0, glyph.generatedInkPercent(), 0.0, "the blank model draws no ink");
                assertTrue(glyph.realInkPercent() >= 0.5, "real " + glyph.character() + " is not blank");
            }
        }
    }

    @Test
    void copyBaseReproducesBaseFont() {
        EvaluationReport report = oracleReport;
        Map<String, MetricSummary> fonts = perFont(report, CopyBaseMethod.NAME);

        assertEquals(1.0, fonts.get(SANS_ID).meanInkIoU(), 1e-12);
        assertEquals(0.0, fonts.get(SANS_ID).meanL1(), 1e-12);
        assertTrue(fonts.get(BOLD_ID).meanInkIoU() < 0.95, "bold vs regular IoU " + fonts.get(BOLD_ID).meanInkIoU());
    }

    @Test
    void nearestTrainRetrievesTwinFont() {
        EvaluationReport report = oracleReport;
        Map<String, MetricSummary> fonts = perFont(report, NearestTrainingFontMethod.NAME);

        assertEquals(1.0, fonts.get(BOLD_ID).meanInkIoU(), 1e-12);
        assertTrue(fonts.get(SANS_ID).meanInkIoU() < 1.0);
    }

    @Test
    void nearestTrainRanksByReferenceDistance() {
        NearestTrainingFontMethod nearest = new NearestTrainingFontMethod(train);
        Map<Integer, org.glyphgan.raster.GrayBitmap> references = new java.util.TreeMap<>();
        for (org.glyphgan.dataset.GlyphSample sample : test.byFont().get(BOLD_ID).subList(0, K)) {
            references.put(sample.codePoint(), sample.bitmap());
        }
        List<String> ranking = nearest.rankByDistance(references);

        assertEquals(3, ranking.size());
        assertEquals("twin-bold", ranking.get(0));
    }

    @Test
    void everyMethodSeesSameReferences() {
        EvaluationReport report = oracleReport;
        for (int font = 0; font < 2; font++) {
            String references = report.methods().get(0).fonts().get(font).references();
            assertEquals(K, references.codePointCount(0, references.length()));
            for (EvaluationReport.MethodResult method : report.methods()) {
                assertEquals(references, method.fonts().get(font).references(), method.method());
            }
        }
    }

    @Test
    void styleFittingIsSeededPerFont() {
        FakeStyleModel model = FakeStyleModel.oracle(test);
        evaluate(model);

        assertEquals(2, model.fitSeeds.size());
        assertEquals(oracle.fitSeeds, model.fitSeeds);
        assertNotEquals(model.fitSeeds.get(0), model.fitSeeds.get(1));
    }

    @Test
    void missingCharactersScoreAsBlank() {
        List<Integer> drawable = TinyClassifier.CHARACTERS.subList(0, 10);
        EvaluationReport report = evaluate(FakeStyleModel.oracle(test, drawable));
        MetricSummary model = report.method(StyleModelMethod.NAME).overall();
        int expectedMissing = 0;
        for (EvaluationReport.FontResult font : report.method(StyleModelMethod.NAME).fonts()) {
            String references = font.references();
            for (int codePoint : TinyClassifier.CHARACTERS.subList(10, TinyClassifier.CHARACTERS.size())) {
                expectedMissing += references.indexOf(codePoint) < 0 ? 1 : 0;
            }
        }

        assertTrue(expectedMissing > 0);
        assertEquals(expectedMissing, model.missingGlyphs());
        assertEquals(expectedMissing, model.blankGlyphs());
        assertTrue(model.meanInkIoU() < 1.0);
    }

    @Test
    void jsonRoundTripKeepsReport(@TempDir Path directory) throws IOException {
        EvaluationReport report = oracleReport;
        Path file = directory.resolve("report.json");
        ReportJson.write(report, file);

        assertEquals(report, ReportJson.read(file));
    }

    @Test
    void tableListsMethodsFontsAndTargets() {
        EvaluationReport report = blankReport;
        String table = ReportTable.format(report);

        assertTrue(table.contains("\nmodel "), table);
        assertTrue(table.contains("\ncopy-base "), table);
        assertTrue(table.contains("\nnearest-train "), table);
        assertTrue(table.contains("\n" + SANS_ID + " "), table);
        assertTrue(table.contains("FAIL ink-iou"), table);
        assertTrue(table.contains("Overall: FAIL"), table);
        assertTrue(table.contains("indicative only"), table);
        assertTrue(table.contains("unexpected blank or broken in " + SANS_ID + ": \""), table);
    }

    private static Map<String, TargetResult> byName(List<TargetResult> targets) {
        return targets.stream().collect(Collectors.toMap(TargetResult::name, target -> target));
    }

    private static Map<String, MetricSummary> perFont(EvaluationReport report, String method) {
        return report.method(method).fonts().stream()
                .collect(Collectors.toMap(EvaluationReport.FontResult::fontId, EvaluationReport.FontResult::metrics));
    }
}
