package org.glyphgan.train;

import java.nio.file.Path;
import java.util.Map;

/**
 * A training process on synthetic data for the kill-and-resume test. Arguments: output directory,
 * total steps, {@code resume} or {@code fresh}, and optionally the generator's channel count. A
 * wider generator makes each checkpoint larger, so writing it takes long enough to be interrupted.
 */
public final class SyntheticTrainMain {
    private SyntheticTrainMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        TrainConfig config = TinyRuns.config(out, Integer.parseInt(args[1]));
        if (args.length > 3) {
            config = TrainConfig.merge(config.toJson(), "test", Map.of("generatorChannels", Integer.parseInt(args[3])));
        }
        boolean resume = args[2].equals("resume");
        GanTrainer trainer = TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), resume);
        System.out.println("STARTED AT STEP " + trainer.step());
        new TrainingRun(trainer, null, ProgressBar.silent()).run(() -> false);
        System.out.println("FINISHED AT STEP " + trainer.step());
    }
}
