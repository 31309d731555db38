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
    void rowShowsBlankOrBrokenRate() {
        MetricSummary metrics = new MetricSummary(200, 0.02, 0.9, 0.6, 0.9, 0.95, 0.947, 3, 2, 0.025, 4, 1, 0);
        String table = tableWith(new EvaluationReport.FontResult("a/Font.ttf", "AB", metrics, "", List.of()));
        String header = table.lines().filter(line -> line.startsWith("font ")).findFirst().orElseThrow();
        String row = table.lines().filter(line -> line.startsWith("a/Font.ttf ")).findFirst().orElseThrow();
        assertTrue(header.contains(" blank broken     rate unexpected missing"), header);
        assertTrue(row.contains("      3      2    2.50%          4       0"), row);
    }

    @Test
    void olderReportListsCharactersOnly() {
        MetricSummary empty = new MetricAccumulator().summary();
        String table = tableWith(new EvaluationReport.FontResult("a/Font.ttf", "AB", empty, "._", null));
        assertTrue(table.contains("  unexpected blank or broken in a/Font.ttf: \"._\"" + System.lineSeparator()),
                table);
    }
}
