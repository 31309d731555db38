package org.glyphgan.train;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.gan.DiscriminatorLayers;
import org.glyphgan.gan.GeneratorLayers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains the conditional glyph GAN, with checkpoints that a later run can resume from. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the conditional glyph GAN on dataset files; checkpoints, report and best model go to --out.")
public final class TrainCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TrainCommand.class);
    /** Exit code of a run that failed on its input: a config, dataset or checkpoint it cannot use. */
    static final int EXIT_FAILURE = 1;

    @Option(names = "--train", paramLabel = "FILE", description = "Dataset file of the train split (default: trainPath of the config).")
    Path train;

    @Option(names = "--validation", paramLabel = "FILE",
            description = "Dataset file of the validation split; without it no validation runs (default: validationPath of the config).")
    Path validation;

    @Option(names = "--base", paramLabel = "FILE", description = "Dataset file of the base font's content glyphs (default: basePath of the config).")
    Path base;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory for checkpoints/, report/ and best/ (default: training-run).")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON training config; its fields override the defaults, options override it. With --resume and no"
                    + " --config, the config stored in the newest checkpoint is used; with --init-from and no --config,"
                    + " the config stored in that checkpoint, with --out as the output directory.")
    Path config;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (required unless the config file or the checkpoint contains one).")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "Total training steps (default 4000).")
    Integer steps;

    @Option(names = "--batch-size", paramLabel = "N", description = "Glyphs per step (default 16).")
    Integer batchSize;

    @Option(names = "--log-every", paramLabel = "STEPS", description = "Steps between log lines (default 50).")
    Integer logEvery;

    @Option(names = "--checkpoint-minutes", paramLabel = "MINUTES", description = "Minutes between checkpoints (default 10).")
    Double checkpointMinutes;

    @Option(names = "--validate-every", paramLabel = "STEPS", description = "Steps between validation scores; 0 disables (default 1000).")
    Integer validateEvery;

    @Option(names = "--resume", description = "Continue from the newest valid checkpoint in --out.")
    boolean resume;

    @Option(names = "--init-from", paramLabel = "CHECKPOINT",
            description = "Start a new run from the weights of this checkpoint file of another run; fonts it was not"
                    + " trained on get style codes fitted to their glyphs. The network shape must match, except that"
                    + " generatorChannels may grow: the generator is then widened and draws the same glyphs. Without"
                    + " --config, the checkpoint's own config gives the shape.")
    Path initFrom;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * Returns the command with a handler that prints invalid input and I/O failures as one line on
     * stderr and exits with {@link #EXIT_FAILURE}, as {@code glyphgan} does for a failed job. An
     * invalid command line exits with picocli's usage code, 2.
     */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new TrainCommand());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
                cmd.getErr().println("train: " + e.getMessage());
                LOG.debug("Training failed", e);
                return EXIT_FAILURE;
            }
            throw e;
        });
        return line;
    }

    @Override
    public Integer call() throws Exception {
        TrainConfig settings = resolveConfig();
        logModelSize(settings);
        GlyphDataset trainSet = DatasetFiles.read(require(settings.trainPath(), "--train"));
        GlyphDataset baseSet = DatasetFiles.read(require(settings.basePath(), "--base"));
        GanTrainer trainer = TrainingSession.open(settings, trainSet, baseSet, resume, initFrom);
        ValidationScorer scorer = null;
        if (settings.validationPath() != null && settings.validateEverySteps() > 0) {
            GlyphDataset validationSet = DatasetFiles.read(Path.of(settings.validationPath()));
            scorer = new ValidationScorer(settings, validationSet, trainer.pairs().baseGlyphs());
            LOG.info("Validating on {} fonts every {} steps", scorer.fontIds().size(), settings.validateEverySteps());
        }
        AtomicBoolean stop = new AtomicBoolean();
        // The hook waits for the final checkpoint, not for the main thread: after a signal, the
        // main thread's System.exit blocks until the hooks finish, so joining it would stall.
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                finished.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "train-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new TrainingRun(trainer, scorer, ProgressBar.forConsole()).run(stop::get);
        } finally {
            finished.countDown();
        }
        if (!stop.get()) {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        return 0;
    }

    private TrainConfig resolveConfig() throws java.io.IOException {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("seed", seed);
        overrides.put("steps", steps);
        overrides.put("batchSize", batchSize);
        overrides.put("logEverySteps", logEvery);
        overrides.put("checkpointEveryMinutes", checkpointMinutes);
        overrides.put("validateEverySteps", validateEvery);
        overrides.put("trainPath", train == null ? null : train.toString());
        overrides.put("validationPath", validation == null ? null : validation.toString());
        overrides.put("basePath", base == null ? null : base.toString());
        overrides.put("outputDir", out == null ? null : out.toString());
        Path outputDir = out != null ? out : Path.of(TrainConfig.defaults(0).outputDir());
        if (config == null && resume) {
            Optional<String> stored = TrainingSession.storedConfigJson(outputDir);
            if (stored.isPresent()) {
                return TrainConfig.merge(stored.get(), "checkpoint in " + outputDir, overrides);
            }
        }
        if (config == null && initFrom != null) {
            // The new run keeps the source run's network shape and losses, but never its output directory.
            overrides.put("outputDir", outputDir.toString());
            LOG.info("Using the training config stored in {}, with output to {}", initFrom, outputDir);
            return TrainConfig.merge(TrainingSession.readInitFrom(initFrom).configJson(), "checkpoint " + initFrom,
                    overrides);
        }
        return TrainConfig.load(config, overrides);
    }

    private static Path require(String path, String option) {
        if (path == null) {
            throw new IllegalArgumentException("Missing dataset: pass " + option + " FILE or set it in the config file");
        }
        return Path.of(path);
    }

    private static void logModelSize(TrainConfig settings) {
        var arch = settings.architecture();
        LOG.info("Generator: {} parameters (+ style embedding), {} MFLOP per glyph forward; discriminator: {} parameters,"
                        + " {} MFLOP per glyph forward", GeneratorLayers.parameterCount(arch),
                GeneratorLayers.forwardFlops(arch) / 1_000_000, DiscriminatorLayers.parameterCount(arch),
                DiscriminatorLayers.forwardFlops(arch) / 1_000_000);
    }
}
