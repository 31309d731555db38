package org.glyphgan.roundtrip;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.FontLoadException;
import org.glyphgan.corpus.FontMetrics;
import org.glyphgan.outline.Contours;
import org.glyphgan.outline.Cu2Qu;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.OutlineRasterizer;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GlyphRasterizer;
import org.glyphgan.raster.GrayBitmap;
import org.glyphgan.sfnt.FontBuild;
import org.glyphgan.sfnt.FontSummary;
import org.glyphgan.sfnt.GlyphBuild;
import org.glyphgan.sfnt.SfntWriter;
import org.glyphgan.sfnt.VerticalMetrics;
import org.glyphgan.sfnt.validate.FontValidators;
import org.glyphgan.sfnt.validate.ValidatorVerdict;
import org.glyphgan.trace.BitmapTracer;
import org.glyphgan.trace.FontSpaceMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Round-trips a font: each requested glyph is rendered into the shared em box, traced, mapped
 * back into the source font's units with the glyph origin at x = 0 (so the source advance width
 * still fits), converted to quadratic curves and measured against its bitmap. The result carries
 * a {@link FontBuild} with the source's unitsPerEm, vertical metrics and advance widths.
 */
public final class FontRoundTrip {
    /** Ink threshold of the thresholded fidelity IoU, the same as the tracer's default. */
    public static final double IOU_INK_THRESHOLD = 0.5;
    /** Maximum cubic-to-quadratic error, in font units for a 1000-unit em; scaled with unitsPerEm. */
    public static final double CU2QU_MAX_ERROR_PER_1000_UNITS = 1.0;

    private static final Logger LOG = LoggerFactory.getLogger(FontRoundTrip.class);

    private final RoundTripOptions options;
    private final EmBox emBox;
    private final GlyphRasterizer rasterizer;
    private final BitmapTracer tracer;

    public FontRoundTrip(RoundTripOptions options) {
        this.options = options;
        this.emBox = EmBox.ofSize(options.sizePx());
        this.rasterizer = new GlyphRasterizer(emBox);
        this.tracer = new BitmapTracer(options.traceParameters());
    }

    /**
     * Traces every requested glyph that the font maps and builds the traced font.
     *
     * @throws RoundTripException when the font maps none of the requested characters or its
     *                            vertical metrics cannot be written
     * @throws FontLoadException  when a glyph of the font cannot be read
     */
    public RoundTripResult trace(CorpusFont font, ProgressListener progress) throws FontLoadException {
        List<Integer> requested = options.characters().codePoints();
        List<Integer> missing = requested.stream().filter(codePoint -> !font.isMapped(codePoint)).toList();
        if (missing.size() == requested.size()) {
            throw new RoundTripException("Font file " + font.fileName() + " has none of the " + requested.size()
                    + " requested characters (" + options.characters().spec() + "); choose --chars that the font covers");
        }
        if (!missing.isEmpty()) {
            LOG.warn("Font file {} lacks {} of {} requested characters; tracing the rest",
                    font.fileName(), missing.size(), requested.size());
        }
        double maxErrorUnits = CU2QU_MAX_ERROR_PER_1000_UNITS * font.unitsPerEm() / 1000.0;
        List<TracedGlyph> glyphs = new ArrayList<>();
        int done = 0;
        for (int codePoint : requested) {
            if (font.isMapped(codePoint)) {
                glyphs.add(traceGlyph(font, codePoint, maxErrorUnits));
            }
            done++;
            progress.progress(done, requested.size(), CorpusFont.codePointName(codePoint));
        }
        FontBuild build = fontBuild(font, glyphs);
        return new RoundTripResult(font.fileName(), font.metrics(), glyphs, missing, build);
    }

    /** Writes the traced font to {@code target} through a temporary file, see {@link SfntWriter#write}. */
    public static void writeFont(RoundTripResult result, Path target) throws IOException {
        SfntWriter.write(result.fontBuild(), target);
    }

    /**
     * Runs every validator of {@link FontValidators#all} on the written font, comparing it with
     * the layout the writer planned and drawing the traced characters.
     */
    public static List<ValidatorVerdict> validate(RoundTripResult result, Path writtenFont) {
        StringBuilder sample = new StringBuilder();
        result.glyphs().forEach(glyph -> sample.appendCodePoint(glyph.codePoint()));
        return FontValidators.run(writtenFont,
                FontValidators.all(Optional.of(FontSummary.of(result.fontBuild())), sample.toString()));
    }

    /** Renders, traces and measures one mapped glyph. */
    TracedGlyph traceGlyph(CorpusFont font, int codePoint, double maxErrorUnits) throws FontLoadException {
        int unitsPerEm = font.unitsPerEm();
        int advanceWidth = font.advanceWidth(codePoint).orElseThrow();
        Optional<GeneralPath> source = font.outline(codePoint);
        GrayBitmap bitmap = rasterizer.render(source.orElseThrow(), unitsPerEm, advanceWidth);
        FontSpaceMapping mapping = FontSpaceMapping.centred(emBox, unitsPerEm, advanceWidth);
        GlyphOutline cubic = tracer.trace(bitmap, mapping);
        GlyphOutline quadratic = Cu2Qu.toQuadratic(cubic, maxErrorUnits);
        // The same rasterizer as the source, so that a difference comes from the outline alone.
        GrayBitmap rendered = rasterizer.render(quadratic.toPath(), unitsPerEm, advanceWidth);
        double inkIou = OutlineRasterizer.inkIou(bitmap, rendered, IOU_INK_THRESHOLD);
        int nodes = Contours.nodeCount(quadratic);
        LOG.debug("Traced {}: ink IoU {}, {} nodes", CorpusFont.codePointName(codePoint), inkIou, nodes);
        return new TracedGlyph(codePoint, advanceWidth, quadratic, inkIou, nodes);
    }

    private FontBuild fontBuild(CorpusFont font, List<TracedGlyph> glyphs) {
        FontBuild.Builder builder = FontBuild.builder(familyName(font), font.style())
                .unitsPerEm(font.unitsPerEm())
                .metrics(verticalMetrics(font));
        for (TracedGlyph glyph : glyphs) {
            builder.glyph(GlyphBuild.forCodePoint(glyph.codePoint(), glyph.advanceWidth(), glyph.outline()));
        }
        return builder.build();
    }

    /** Returns the family name of the written font: the option, or the source family plus " Traced". */
    String familyName(CorpusFont font) {
        return options.familyName() != null ? options.familyName() : font.family() + " Traced";
    }

    private static VerticalMetrics verticalMetrics(CorpusFont font) {
        FontMetrics metrics = font.metrics();
        try {
            return new VerticalMetrics(metrics.ascender(), metrics.descender(), metrics.lineGap(),
                    Math.max(metrics.capHeight(), 0), Math.max(metrics.xHeight(), 0));
        } catch (IllegalArgumentException e) {
            throw new RoundTripException("Font file " + font.fileName() + " has vertical metrics that a TrueType font"
                    + " cannot carry: " + e.getMessage(), e);
        }
    }
}
