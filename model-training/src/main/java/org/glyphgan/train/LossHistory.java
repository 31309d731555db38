package org.glyphgan.train;

import java.util.ArrayList;
import java.util.List;

/** The logged step metrics and validation scores of a run, stored in checkpoints as CSV. */
public final class LossHistory {
    private final List<StepMetrics> steps = new ArrayList<>();
    private final List<ValidationScore> validations = new ArrayList<>();

    public void add(StepMetrics metrics) {
        steps.add(metrics);
    }

    public void add(ValidationScore score) {
        validations.add(score);
    }

    public List<StepMetrics> steps() {
        return List.copyOf(steps);
    }

    public List<ValidationScore> validations() {
        return List.copyOf(validations);
    }

    /**
     * Returns the highest validation ink IoU so far, or {@code -∞} when nothing was validated. Ink
     * IoU is the selection score because L1 rewards faint, blurred strokes that trace to nothing.
     */
    public double bestValidationIou() {
        return validations.stream().mapToDouble(ValidationScore::meanIou).max().orElse(Double.NEGATIVE_INFINITY);
    }

    public String stepsCsv() {
        StringBuilder out = new StringBuilder(StepMetrics.CSV_HEADER).append('\n');
        steps.forEach(m -> out.append(m.toCsv()).append('\n'));
        return out.toString();
    }

    public String validationsCsv() {
        StringBuilder out = new StringBuilder(ValidationScore.CSV_HEADER).append('\n');
        validations.forEach(v -> out.append(v.toCsv()).append('\n'));
        return out.toString();
    }

    public static LossHistory fromCsv(String stepsCsv, String validationsCsv) {
        LossHistory history = new LossHistory();
        stepsCsv.lines().skip(1).filter(l -> !l.isBlank()).map(StepMetrics::fromCsv).forEach(history::add);
        validationsCsv.lines().skip(1).filter(l -> !l.isBlank()).map(ValidationScore::fromCsv).forEach(history::add);
        return history;
    }
}
