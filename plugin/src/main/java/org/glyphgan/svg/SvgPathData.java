package org.glyphgan.svg;

import java.util.Locale;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.PathSink;

/** A {@link PathSink} that builds SVG path data ({@code d}) in SVG user space. */
public final class SvgPathData implements PathSink {
    private final StringBuilder data = new StringBuilder();

    /** Returns the path data of {@code outline}, y flipped by {@link SvgCoordinates#svgY}. */
    public static String of(GlyphOutline outline) {
        SvgPathData sink = new SvgPathData();
        outline.replay(sink);
        return sink.toString();
    }

    @Override
    public void moveTo(double x, double y) {
        command('M', x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        command('L', x, y);
    }

    @Override
    public void quadTo(double x1, double y1, double x, double y) {
        command('Q', x1, y1, x, y);
    }

    @Override
    public void curveTo(double x1, double y1, double x2, double y2, double x, double y) {
        command('C', x1, y1, x2, y2, x, y);
    }

    @Override
    public void closePath() {
        data.append('Z');
    }

    @Override
    public String toString() {
        return data.toString();
    }

    /** Appends a command; {@code xy} alternates x and y in font space. */
    private void command(char letter, double... xy) {
        data.append(letter);
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                data.append(' ');
            }
            data.append(number(xy[i])).append(' ').append(number(SvgCoordinates.svgY(xy[i + 1])));
        }
    }

    /** Formats with at most 3 decimals and without a trailing ".0". */
    private static String number(double value) {
        double rounded = Math.round(value * 1000.0) / 1000.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%s", rounded);
    }
}
