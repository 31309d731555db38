package org.glyphgan.eval;

/** Running sums of {@link GlyphScore}s, turned into a {@link MetricSummary} at the end. */
final class MetricAccumulator {
    private int glyphs;
    private double l1Sum;
    private double ssimSum;
    private double inkIoUSum;
    private int classifiedCorrectly;
    private int realClassifiedCorrectly;
    private int blank;
    private int broken;
    private int unexpectedBlankOrBroken;
    private int realBlankOrBroken;
    private int missing;

    void add(GlyphScore score) {
        glyphs++;
        l1Sum += score.l1();
        ssimSum += score.ssim();
        inkIoUSum += score.inkIoU();
        classifiedCorrectly += score.classifiedCorrectly() ? 1 : 0;
        realClassifiedCorrectly += score.realClassifiedCorrectly() ? 1 : 0;
        blank += score.blank() ? 1 : 0;
        broken += score.broken() ? 1 : 0;
        unexpectedBlankOrBroken += score.unexpectedlyBlankOrBroken() ? 1 : 0;
        realBlankOrBroken += score.realBlankOrBroken() ? 1 : 0;
        missing += score.missing() ? 1 : 0;
    }

    MetricSummary summary() {
        if (glyphs == 0) {
            return new MetricSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, 0, 0, Double.NaN, 0, 0, 0);
        }
        double accuracy = (double) classifiedCorrectly / glyphs;
        double realAccuracy = (double) realClassifiedCorrectly / glyphs;
        double ratio = realClassifiedCorrectly == 0 ? Double.NaN : accuracy / realAccuracy;
        return new MetricSummary(glyphs, l1Sum / glyphs, ssimSum / glyphs, inkIoUSum / glyphs,
                accuracy, realAccuracy, ratio, blank, broken, (double) (blank + broken) / glyphs,
                unexpectedBlankOrBroken, realBlankOrBroken, missing);
    }
}
