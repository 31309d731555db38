package org.glyphgan.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;

/**
 * Reads the SVG that {@code potrace -b svg} (version 1.16) writes back into an outline, for the
 * benchmark. It understands that backend's output only: one group transform
 * {@code translate(tx,ty) scale(sx,sy)} and paths made of M/m, L/l, C/c and z commands.
 */
final class PotraceSvgReader {
    private static final Pattern TRANSFORM =
            Pattern.compile("translate\\(([-0-9.e]+),([-0-9.e]+)\\) scale\\(([-0-9.e]+),([-0-9.e]+)\\)");
    private static final Pattern PATH = Pattern.compile("<path d=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("[MmLlCcZz]|-?[0-9.]+(?:e-?[0-9]+)?");

    private PotraceSvgReader() {
    }

    /**
     * Parses {@code svg}; {@code tracedScale} converts potrace's pixel coordinates (the traced,
     * upsampled bitmap, y down after the transform) to source pixels.
     */
    static GlyphOutline read(String svg, double tracedScale, FontSpaceMapping mapping) {
        Matcher transform = TRANSFORM.matcher(svg);
        if (!transform.find()) {
            return GlyphOutline.EMPTY;
        }
        double tx = Double.parseDouble(transform.group(1));
        double ty = Double.parseDouble(transform.group(2));
        double sx = Double.parseDouble(transform.group(3));
        double sy = Double.parseDouble(transform.group(4));
        List<Contour> contours = new ArrayList<>();
        Matcher path = PATH.matcher(svg);
        while (path.find()) {
            List<String> tokens = new ArrayList<>();
            Matcher token = TOKEN.matcher(path.group(1));
            while (token.find()) {
                tokens.add(token.group());
            }
            parsePath(tokens, contours, p -> mapping.toFontUnits((tx + sx * p[0]) * tracedScale,
                    (ty + sy * p[1]) * tracedScale));
        }
        return new GlyphOutline(contours);
    }

    private static void parsePath(List<String> tokens, List<Contour> contours,
                                  java.util.function.Function<double[], Point> toFont) {
        double[] current = {0, 0};
        Point start = null;
        List<Segment> segments = new ArrayList<>();
        char command = 'M';
        int k = 0;
        while (k < tokens.size()) {
            String token = tokens.get(k);
            if (Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                k++;
                if (command == 'z' || command == 'Z') {
                    if (start != null && !segments.isEmpty()) {
                        contours.add(new Contour(start, segments));
                    }
                    segments = new ArrayList<>();
                    start = null;
                }
                continue;
            }
            boolean relative = Character.isLowerCase(command);
            int arity = (command == 'c' || command == 'C') ? 6 : 2;
            double[] v = new double[arity];
            for (int i = 0; i < arity; i++) {
                v[i] = Double.parseDouble(tokens.get(k + i));
                if (relative) {
                    v[i] += current[i % 2];
                }
            }
            k += arity;
            if (command == 'M' || command == 'm') {
                current = new double[] {v[0], v[1]};
                start = toFont.apply(current);
                command = relative ? 'l' : 'L';
            } else if (arity == 2) {
                current = new double[] {v[0], v[1]};
                segments.add(new Segment.Line(toFont.apply(current)));
            } else {
                Point c1 = toFont.apply(new double[] {v[0], v[1]});
                Point c2 = toFont.apply(new double[] {v[2], v[3]});
                current = new double[] {v[4], v[5]};
                segments.add(new Segment.Cubic(c1, c2, toFont.apply(current)));
            }
        }
    }
}
