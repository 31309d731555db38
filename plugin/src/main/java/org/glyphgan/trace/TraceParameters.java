package org.glyphgan.trace;

/**
 * Every threshold of the tracer, with its unit. Lengths in {@code Px} are pixels of the traced
 * bitmap, that is after upsampling: potrace measures its tolerances on the bitmap it traces,
 * and so does this tracer, which keeps the parameters comparable with potrace's options.
 *
 * @param upsampleFactor  each source pixel becomes {@code upsampleFactor²} traced pixels, by
 *                        bilinear interpolation of the grayscale ink before thresholding; 1
 *                        traces the source grid as is. Default 4.
 * @param inkThreshold    a traced pixel is ink when its interpolated ink is at least this value,
 *                        in [0, 1]. Default 0.5.
 * @param turnPolicy      how ambiguous diagonal corners are resolved. Default {@link TurnPolicy#MINORITY}.
 * @param turdSizePx2     boundary paths enclosing an area of at most this many traced pixels²
 *                        are dropped as speckles (potrace's {@code turdsize}). Default 2.
 * @param alphaMax        corner threshold, unitless: a polygon vertex whose smoothing parameter
 *                        alpha exceeds it becomes a sharp corner; 0 makes every vertex a corner,
 *                        values above 4/3 make none (potrace's {@code alphamax}). Default 1.0.
 * @param optimizeCurves  whether consecutive Bézier pieces are merged (curve optimization).
 *                        Default true.
 * @param optTolerancePx  maximum distance, in traced pixels, that a merged curve may stray from
 *                        the pieces it replaces (potrace's {@code opttolerance}). Default 0.2.
 */
public record TraceParameters(
        int upsampleFactor,
        double inkThreshold,
        TurnPolicy turnPolicy,
        double turdSizePx2,
        double alphaMax,
        boolean optimizeCurves,
        double optTolerancePx) {

    public static final TraceParameters DEFAULTS =
            new TraceParameters(4, 0.5, TurnPolicy.MINORITY, 2.0, 1.0, true, 0.2);

    public TraceParameters {
        if (upsampleFactor < 1 || upsampleFactor > 16) {
            throw new IllegalArgumentException("upsampleFactor must be in [1, 16], got " + upsampleFactor);
        }
        if (!(inkThreshold > 0 && inkThreshold <= 1)) {
            throw new IllegalArgumentException("inkThreshold must be in (0, 1], got " + inkThreshold);
        }
        if (turnPolicy == null) {
            throw new IllegalArgumentException("turnPolicy is missing; use TurnPolicy.MINORITY for potrace's default");
        }
        if (!(turdSizePx2 >= 0)) {
            throw new IllegalArgumentException("turdSizePx2 must be >= 0 px², got " + turdSizePx2);
        }
        if (!(alphaMax >= 0)) {
            throw new IllegalArgumentException("alphaMax must be >= 0, got " + alphaMax);
        }
        if (!(optTolerancePx >= 0)) {
            throw new IllegalArgumentException("optTolerancePx must be >= 0 px, got " + optTolerancePx);
        }
    }

    public TraceParameters withUpsampleFactor(int factor) {
        return new TraceParameters(factor, inkThreshold, turnPolicy, turdSizePx2, alphaMax, optimizeCurves, optTolerancePx);
    }

    public TraceParameters withTurnPolicy(TurnPolicy policy) {
        return new TraceParameters(upsampleFactor, inkThreshold, policy, turdSizePx2, alphaMax, optimizeCurves, optTolerancePx);
    }

    public TraceParameters withTurdSizePx2(double areaPx2) {
        return new TraceParameters(upsampleFactor, inkThreshold, turnPolicy, areaPx2, alphaMax, optimizeCurves, optTolerancePx);
    }

    public TraceParameters withAlphaMax(double alpha) {
        return new TraceParameters(upsampleFactor, inkThreshold, turnPolicy, turdSizePx2, alpha, optimizeCurves, optTolerancePx);
    }

    public TraceParameters withOptTolerancePx(double tolerancePx) {
        return new TraceParameters(upsampleFactor, inkThreshold, turnPolicy, turdSizePx2, alphaMax, optimizeCurves, tolerancePx);
    }
}
