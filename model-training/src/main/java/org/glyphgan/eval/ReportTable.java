package org.glyphgan.eval;

import java.util.Locale;

/**
 * Formats an {@link EvaluationReport} as plain-text tables for the terminal. Column {@code rate} is
 * the blank and broken glyphs' share of the glyphs, in percent.
 */
public final class ReportTable {
    private static final String HEADER_FORMAT =
            "%-32s %6s %7s %7s %7s %7s %8s %9s %6s %6s %8s %10s %7s%n";
    private static final String ROW_FORMAT =
            "%-32s %6d %7.4f %7.4f %7.4f %7.3f %8.3f %9.3f %6d %6d %7.2f%% %10d %7d%n";

    private ReportTable() {
    }

    public static String format(EvaluationReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Evaluation of split '%s': %d fonts, K = %d references per font,"
                + " seed %d%n%n", report.split(), report.fonts(), report.k(), report.seed()));
        appendHeader(text, "method");
        for (EvaluationReport.MethodResult method : report.methods()) {
            appendRow(text, method.method(), method.overall());
        }
        for (EvaluationReport.MethodResult method : report.methods()) {
            text.append(String.format(Locale.ROOT, "%nPer font, method %s%n", method.method()));
            appendHeader(text, "font");
            for (EvaluationReport.FontResult font : method.fonts()) {
                appendRow(text, font.fontId(), font.metrics());
            }
            for (EvaluationReport.FontResult font : method.fonts()) {
                if (!font.unexpectedBlankOrBroken().isEmpty()) {
                    text.append(String.format(Locale.ROOT, "  unexpected blank or broken in %s: \"%s\"%s%n",
                            font.fontId(), font.unexpectedBlankOrBroken(), inkComparison(font)));
                }
            }
        }
        appendTargets(text, report);
        return text.toString();
    }

    private static void appendHeader(StringBuilder text, String firstColumn) {
        text.append(String.format(Locale.ROOT, HEADER_FORMAT, firstColumn, "glyphs", "L1", "SSIM", "inkIoU",
                "clsAcc", "realAcc", "accRatio", "blank", "broken", "rate", "unexpected", "missing"));
    }

    private static void appendRow(StringBuilder text, String label, MetricSummary metrics) {
        text.append(String.format(Locale.ROOT, ROW_FORMAT, shorten(label), metrics.glyphs(), metrics.meanL1(),
                metrics.meanSsim(), metrics.meanInkIoU(), metrics.classifierAccuracy(),
                metrics.realClassifierAccuracy(), metrics.classifierAccuracyRatio(), metrics.blankGlyphs(),
                metrics.brokenGlyphs(), 100 * metrics.blankOrBrokenRate(), metrics.unexpectedBlankOrBroken(),
                metrics.missingGlyphs()));
    }

    /** Returns " (ink %, generated / real: '.' 0.48 / 0.50, ...)", or "" for a report without ink values. */
    private static String inkComparison(EvaluationReport.FontResult font) {
        if (font.unexpectedGlyphs().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (ink %, generated / real:");
        String separator = " ";
        for (EvaluationReport.UnexpectedGlyph glyph : font.unexpectedGlyphs()) {
            text.append(String.format(Locale.ROOT, "%s'%s' %.2f / %.2f", separator, glyph.character(),
                    glyph.generatedInkPercent(), glyph.realInkPercent()));
            separator = ", ";
        }
        return text.append(')').toString();
    }

    private static void appendTargets(StringBuilder text, EvaluationReport report) {
        text.append(String.format(Locale.ROOT, "%nTargets (defined for the test split with K = 8)%n"));
        if (!report.split().equals("test") || report.k() != EvaluationConfig.DEFAULT_K) {
            text.append(String.format(Locale.ROOT, "  NOTE: this run is split '%s' with K = %d, so the results"
                    + " below are indicative only%n", report.split(), report.k()));
        }
        for (TargetResult target : report.targets()) {
            text.append(String.format(Locale.ROOT, "  %-4s %-17s %8.4f  %s%n", target.passed() ? "PASS" : "FAIL",
                    target.name(), target.value(), target.rule()));
        }
        text.append(String.format(Locale.ROOT, "Overall: %s%n", report.allTargetsPassed() ? "PASS" : "FAIL"));
    }

    /** Shortens long font ids to their end, because the file name at the end distinguishes fonts. */
    private static String shorten(String label) {
        return label.length() <= 32 ? label : "..." + label.substring(label.length() - 29);
    }
}
