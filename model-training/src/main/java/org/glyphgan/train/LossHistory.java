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

    /** The lowest validation L1 so far, or {@code +∞} when nothing was validated. */
    public double bestValidationL1() {
        return validations.stream().mapToDouble(ValidationScore::meanL1).min().orElse(Double.POSITIVE_INFINITY);
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
