package org.glyphgan.samples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;

/**
 * Places image samples in the em box. Images carry no metrics, so one scale and, per canvas, one
 * baseline are estimated for the whole set:
 * <ul>
 *   <li>Scale: each sample's ink height divided by the base font's ink height for the same
 *   character estimates the drawing's pixels per em; the median over all samples is used.</li>
 *   <li>Baseline: samples with the same canvas (one sheet, or image files of equal size) share a
 *   baseline row when the bottoms of their letters without descenders agree; otherwise each
 *   letter's bottom is placed where the base font's glyph ends (0 for 'x', below 0 for 'g').</li>
 *   <li>Horizontal: the ink box is centred where the base font's ink centre sits when its
 *   advance width is centred in the box.</li>
 * </ul>
 */
final class ImageNormalizer {
    /** Largest spread of baseline estimates within a canvas, in em, for the canvas to share one baseline. */
    static final double BASELINE_TOLERANCE_EM = 0.05;
    /** Relative deviation from the median scale beyond which a sample is reported as drawn at another size. */
    static final double SCALE_OUTLIER = 0.25;

    private final EmBox box;

    ImageNormalizer(EmBox box) {
        this.box = box;
    }

    /** Places every sample in the em box, in order; {@code warnings} receives one line per doubtful sample. */
    List<GrayBitmap> normalize(List<ImageSample> samples, List<String> warnings) {
        List<GrayBitmap> placed = new ArrayList<>();
        if (samples.isEmpty()) {
            return placed;
        }
        double pxPerEm = estimatePxPerEm(samples, warnings);
        Map<String, OptionalDouble> baselines = estimateBaselines(samples, pxPerEm);
        for (ImageSample sample : samples) {
            OptionalDouble baseline = baselines.get(sample.canvas());
            double baselineRow = baseline.isPresent() ? baseline.getAsDouble()
                    : sample.inkBox().bottom() + sample.reference().yMinEm() * pxPerEm;
            placed.add(place(sample, pxPerEm, baselineRow, warnings));
        }
        return placed;
    }

    private static double estimatePxPerEm(List<ImageSample> samples, List<String> warnings) {
        List<ImageSample> measuring = samples.stream().filter(s -> s.reference().measuresScale()).toList();
        if (measuring.isEmpty()) {
            measuring = samples;
            warnings.add("Only small marks (such as '.', '-' or '~') were given, so the scale of the image samples"
                    + " is a rough estimate; add a few letters such as H, x or o");
        }
        double median = median(measuring.stream().mapToDouble(ImageSample::pxPerEmEstimate).toArray());
        for (ImageSample sample : measuring) {
            double deviation = sample.pxPerEmEstimate() / median - 1;
            if (Math.abs(deviation) > SCALE_OUTLIER) {
                warnings.add(String.format(Locale.ROOT, "%s: the letter is drawn %.0f%% %s than the other samples;"
                                + " it is scaled like the rest, so redraw it at the same size if that is not intended",
                        sample.source(), Math.abs(deviation) * 100, deviation > 0 ? "larger" : "smaller"));
            }
        }
        return median;
    }

    /** Returns, per canvas, the shared baseline row, or empty when the canvas has no consistent one. */
    private static Map<String, OptionalDouble> estimateBaselines(List<ImageSample> samples, double pxPerEm) {
        Map<String, List<Double>> estimates = new LinkedHashMap<>();
        for (ImageSample sample : samples) {
            List<Double> canvas = estimates.computeIfAbsent(sample.canvas(), key -> new ArrayList<>());
            ReferenceGlyph reference = sample.reference();
            if (reference.sitsOnBaseline() && reference.measuresScale()) {
                canvas.add(sample.inkBox().bottom() + reference.yMinEm() * pxPerEm);
            }
        }
        Map<String, OptionalDouble> baselines = new LinkedHashMap<>();
        estimates.forEach((canvas, rows) -> baselines.put(canvas, sharedBaseline(rows, pxPerEm)));
        return baselines;
    }

    private static OptionalDouble sharedBaseline(List<Double> rows, double pxPerEm) {
        if (rows.size() < 2) {
            return OptionalDouble.empty();
        }
        double min = rows.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = rows.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double tolerancePx = Math.max(2.0, BASELINE_TOLERANCE_EM * pxPerEm);
        if (max - min > tolerancePx) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(median(rows.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private GrayBitmap place(ImageSample sample, double pxPerEm, double baselineRow, List<String> warnings) {
        double scale = box.pxPerEm() / pxPerEm;
        double targetCentreX = box.sizePx() / 2.0 + sample.reference().inkCentreOffsetEm() * box.pxPerEm();
        GrayBitmap placed = InkResampler.resample(sample.ink(), box.sizePx(), scale,
                sample.inkBox().centreXPx(), baselineRow, targetCentreX, box.baselinePx());
        double topPx = box.baselinePx() + (sample.inkBox().top() - baselineRow) * scale;
        double bottomPx = box.baselinePx() + (sample.inkBox().bottom() - baselineRow) * scale;
        double halfWidthPx = sample.inkBox().widthPx() * scale / 2;
        if (topPx < 0 || bottomPx > box.sizePx() || targetCentreX - halfWidthPx < 0
                || targetCentreX + halfWidthPx > box.sizePx()) {
            warnings.add(sample.source() + ": the letter extends beyond the em box after scaling and was cut off;"
                    + " draw it at the same size and baseline as the other samples");
        }
        return placed;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
