package org.glyphgan.train;

import java.nio.file.Path;

/**
 * A training process on synthetic data for the kill-and-resume test. Arguments: output directory,
 * total steps, and {@code resume} or {@code fresh}.
 */
public final class SyntheticTrainMain {
    private SyntheticTrainMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        TrainConfig config = TinyRuns.config(out, Integer.parseInt(args[1]));
        boolean resume = args[2].equals("resume");
        GanTrainer trainer = TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), resume);
        System.out.println("STARTED AT STEP " + trainer.step());
        new TrainingRun(trainer, null, ProgressBar.silent()).run(() -> false);
        System.out.println("FINISHED AT STEP " + trainer.step());
    }
}
