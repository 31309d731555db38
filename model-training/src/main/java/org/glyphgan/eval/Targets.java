package org.glyphgan.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The model's quality targets, defined for the test split with K = 8 references per font. A
 * target whose method is missing from the report, or whose value is NaN, fails.
 */
public final class Targets {
    public static final double MIN_INK_IOU = 0.80;
    public static final double MIN_SSIM = 0.85;
    /** The model's ink IoU must exceed the nearest-training-font baseline's by this factor. */
    public static final double MIN_IOU_GAIN_OVER_NEAREST = 1.15;
    public static final double MIN_CLASSIFIER_ACCURACY_RATIO = 0.95;

    private Targets() {
    }

    /** Checks the {@code model} row against the thresholds and the {@code nearest-train} row. */
    public static List<TargetResult> check(List<EvaluationReport.MethodResult> methods) {
        MetricSummary model = overall(methods, StyleModelMethod.NAME);
        MetricSummary nearest = overall(methods, NearestTrainingFontMethod.NAME);
        List<TargetResult> results = new ArrayList<>();

        double iou = model == null ? Double.NaN : model.meanInkIoU();
        results.add(atLeast("ink-iou", "model mean ink IoU >= " + MIN_INK_IOU, iou, MIN_INK_IOU));

        double ssim = model == null ? Double.NaN : model.meanSsim();
        results.add(atLeast("ssim", "model mean SSIM >= " + MIN_SSIM, ssim, MIN_SSIM));

        double gain = model == null || nearest == null ? Double.NaN : model.meanInkIoU() / nearest.meanInkIoU();
        results.add(atLeast("iou-vs-nearest",
                "model ink IoU / nearest-train ink IoU >= " + MIN_IOU_GAIN_OVER_NEAREST + " (15 % above)",
                gain, MIN_IOU_GAIN_OVER_NEAREST));

        double ratio = model == null ? Double.NaN : model.classifierAccuracyRatio();
        results.add(atLeast("classifier-ratio", "classifier accuracy on model glyphs / on real glyphs >= "
                + MIN_CLASSIFIER_ACCURACY_RATIO, ratio, MIN_CLASSIFIER_ACCURACY_RATIO));

        // A run that scored no glyph has not shown that the model draws none blank.
        double unusable = model == null || model.glyphs() == 0 ? Double.NaN : model.unexpectedBlankOrBroken();
        results.add(new TargetResult("no-blank", "model blank or broken glyphs where the real glyph is neither = 0",
                unusable, unusable == 0));
        return results;
    }

    private static TargetResult atLeast(String name, String rule, double value, double threshold) {
        return new TargetResult(name, rule, value, value >= threshold);
    }

    private static MetricSummary overall(List<EvaluationReport.MethodResult> methods, String name) {
        for (EvaluationReport.MethodResult method : methods) {
            if (method.method().equals(name)) {
                return method.overall();
            }
        }
        return null;
    }
}
