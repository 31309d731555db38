package org.glyphgan.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.gan.GanParameters;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Weight averaging: the element-wise mean of the parameter arrays of several checkpoints of one
 * run. Taken late in training, where the validation score only wanders from checkpoint to
 * checkpoint, the mean smooths out that wander. The networks have no batch normalization, so no
 * statistics need recomputing afterwards. Checkpoints are added one at a time, so only the running
 * sum stays in memory.
 */
public final class WeightAverage {
    private Checkpoint first;
    private Checkpoint newest;
    private int lowestStep = Integer.MAX_VALUE;
    private final Map<String, INDArray> sums = new LinkedHashMap<>();
    private int count;

    /**
     * Adds the parameter arrays of {@code checkpoint} to the sum.
     *
     * @throws IllegalArgumentException for a checkpoint of another corpus, font list or network
     *                                  shape than the first one added
     */
    public void add(Checkpoint checkpoint) {
        if (first == null) {
            first = checkpoint;
            checkpoint.parameters().forEach((name, array) -> sums.put(name, array.dup()));
        } else {
            requireSameRun(checkpoint);
            checkpoint.parameters().forEach((name, array) -> sums.get(name).addi(array));
        }
        if (newest == null || checkpoint.step() > newest.step()) {
            newest = checkpoint;
        }
        lowestStep = Math.min(lowestStep, checkpoint.step());
        count++;
    }

    /** Returns the added checkpoint of the highest step, whose config and font list the average keeps. */
    public Checkpoint newest() {
        return newest;
    }

    /** Returns "step N" for one checkpoint, else "mean of N checkpoints, steps A to B". */
    public String describe() {
        if (count == 1) {
            return "step " + newest.step();
        }
        return "mean of " + count + " checkpoints, steps " + lowestStep + " to " + newest.step();
    }

    /** Returns the number of checkpoints added. */
    public int count() {
        return count;
    }

    /**
     * Returns the mean of every parameter array over the added checkpoints.
     *
     * @throws IllegalStateException when no checkpoint was added
     */
    public GanParameters mean() {
        if (count == 0) {
            throw new IllegalStateException("No checkpoint was added; add at least one before taking the mean");
        }
        Map<String, INDArray> means = new LinkedHashMap<>();
        sums.forEach((name, sum) -> means.put(name, sum.div(count)));
        return new GanParameters(first.architecture(), means);
    }

    private void requireSameRun(Checkpoint other) {
        String named = "Checkpoint at step " + other.step();
        String reference = " the one at step " + first.step();
        if (!other.corpusHash().equals(first.corpusHash())) {
            throw new IllegalArgumentException(named + " was trained on corpus " + other.corpusHash() + " but"
                    + reference + " on " + first.corpusHash() + "; average checkpoints of one run only");
        }
        if (!other.architecture().equals(first.architecture())) {
            throw new IllegalArgumentException(named + " has network shape " + other.architecture() + " but"
                    + reference + " has " + first.architecture() + "; average checkpoints of one run only");
        }
        if (!other.fontIds().equals(first.fontIds())) {
            throw new IllegalArgumentException(named + " was trained on other fonts than" + reference
                    + "; average checkpoints of one run only");
        }
        if (!other.parameters().keySet().equals(first.parameters().keySet())) {
            throw new IllegalArgumentException(named + " has parameter arrays " + other.parameters().keySet()
                    + " but" + reference + " has " + first.parameters().keySet());
        }
    }
}
