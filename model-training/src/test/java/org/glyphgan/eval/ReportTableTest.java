package org.glyphgan.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {
    private static String tableWith(EvaluationReport.FontResult font) {
        MetricSummary empty = new MetricAccumulator().summary();
        EvaluationReport.MethodResult model = new EvaluationReport.MethodResult(StyleModelMethod.NAME, empty,
                List.of(font));
        return ReportTable.format(new EvaluationReport("test", 8, 1L, 1, List.of(model),
                Targets.check(List.of(model))));
    }

    @Test
    void listsInkOfUnexpectedGlyphs() {
        MetricSummary empty = new MetricAccumulator().summary();
        String table = tableWith(new EvaluationReport.FontResult("a/Font.ttf", "AB", empty, "._",
                List.of(new EvaluationReport.UnexpectedGlyph(".", 0.48, 0.5),
                        new EvaluationReport.UnexpectedGlyph("_", 0.153, 1.26))));
        assertTrue(table.contains("  unexpected blank or broken in a/Font.ttf: \"._\""
                + " (ink %, generated / real: '.' 0.48 / 0.50, '_' 0.15 / 1.26)"), table);
    }

    @Test
    void olderReportListsCharactersOnly() {
        MetricSummary empty = new MetricAccumulator().summary();
        String table = tableWith(new EvaluationReport.FontResult("a/Font.ttf", "AB", empty, "._", null));
        assertTrue(table.contains("  unexpected blank or broken in a/Font.ttf: \"._\"" + System.lineSeparator()),
                table);
    }
}
