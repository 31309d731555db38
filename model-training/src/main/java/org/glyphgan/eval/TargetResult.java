package org.glyphgan.eval;

/**
 * One target of the model and whether this run met it.
 *
 * @param name     short identifier, for example {@code ink-iou}
 * @param rule     the requirement in words, with its threshold
 * @param value    the measured value; NaN when it could not be measured, which fails the target
 * @param passed   whether the value meets the rule
 */
public record TargetResult(String name, String rule, double value, boolean passed) {
}
