package org.glyphgan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.roundtrip.RoundTripResult;
import org.glyphgan.roundtrip.TracedGlyph;

/** Prints a round trip's per-glyph fidelity as a plain-text table, then a summary line. */
final class FidelityTable {
    private static final String ROW = "%-10s %9s %6s%n";

    private FidelityTable() {
    }

    static void print(RoundTripResult result, PrintWriter out) {
        out.printf(Locale.ROOT, ROW, "glyph", "ink IoU", "nodes");
        List<Row> rows = new ArrayList<>();
        result.glyphs().forEach(glyph -> rows.add(new Row(glyph.codePoint(), glyph)));
        result.missingCodePoints().forEach(codePoint -> rows.add(new Row(codePoint, null)));
        rows.sort(Comparator.comparingInt(Row::codePoint));
        for (Row row : rows) {
            String name = CorpusFont.codePointName(row.codePoint());
            if (row.glyph() == null) {
                out.printf(Locale.ROOT, ROW, name, "missing", "-");
            } else {
                out.printf(Locale.ROOT, ROW, name, format(row.glyph().inkIou()),
                        row.glyph().nodeCount());
            }
        }
        out.println(summary(result));
    }

    static String summary(RoundTripResult result) {
        TracedGlyph worst = result.glyphs().stream().min(Comparator.comparingDouble(TracedGlyph::inkIou)).orElseThrow();
        return String.format(Locale.ROOT,
                "Traced %d glyphs of %s (%d missing): mean ink IoU %.4f (lowest %.4f, %s),"
                        + " %.1f nodes per glyph",
                result.glyphs().size(), result.sourceFileName(), result.missingCodePoints().size(), result.meanInkIou(),
                worst.inkIou(), CorpusFont.codePointName(worst.codePoint()), result.meanNodeCount());
    }

    private static String format(double iou) {
        return String.format(Locale.ROOT, "%.4f", iou);
    }

    private record Row(int codePoint, TracedGlyph glyph) {
    }
}
