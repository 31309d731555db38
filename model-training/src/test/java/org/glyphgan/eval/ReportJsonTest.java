package org.glyphgan.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {
    @Test
    void nonFiniteValuesRoundTrip(@TempDir Path directory) throws IOException {
        MetricSummary empty = new MetricAccumulator().summary();
        EvaluationReport.MethodResult model = new EvaluationReport.MethodResult(StyleModelMethod.NAME, empty,
                List.of(new EvaluationReport.FontResult("a/Font.ttf", "AB", empty, "_`",
                        List.of(new EvaluationReport.UnexpectedGlyph("_", 0.15, 1.26),
                                new EvaluationReport.UnexpectedGlyph("`", 0.35, 0.52)))));
        EvaluationReport report = new EvaluationReport("test", 8, 1L, 1, List.of(model),
                Targets.check(List.of(model)));
        Path file = directory.resolve("report.json");

        ReportJson.write(report, file);
        EvaluationReport read = ReportJson.read(file);

        assertTrue(Files.readString(file).contains("\"meanSsim\" : \"NaN\""), Files.readString(file));
        assertTrue(Double.isNaN(read.method(StyleModelMethod.NAME).overall().meanSsim()));
        assertEquals(report, read);
    }

    @Test
    void emptyRunFailsEveryTarget() {
        MetricSummary empty = new MetricAccumulator().summary();
        List<TargetResult> targets = Targets.check(List.of(
                new EvaluationReport.MethodResult(StyleModelMethod.NAME, empty, List.of()),
                new EvaluationReport.MethodResult(NearestTrainingFontMethod.NAME, empty, List.of())));

        for (TargetResult target : targets) {
            assertTrue(!target.passed(), target.name());
        }
    }

    @Test
    void missingMethodsFailTargets() {
        List<TargetResult> targets = Targets.check(List.of());

        assertEquals(5, targets.size());
        for (TargetResult target : targets) {
            assertTrue(!target.passed(), target.name());
        }
    }
}
