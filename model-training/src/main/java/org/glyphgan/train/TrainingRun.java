package org.glyphgan.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.gan.GanParameters;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.ModelFile;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training loop around a {@link GanTrainer}: logging, periodic validation and sample grids,
 * time-based checkpoints, the report, and the best-by-validation model in {@code best/}.
 */
public final class TrainingRun {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    /** Adam steps of a style fit in the shipped model. */
    public static final int SHIPPED_FIT_STEPS = 100;
    public static final String MODEL_FILE_NAME = "glyphgan-model.zip";

    private final GanTrainer trainer;
    private final ValidationScorer validation;
    private final CheckpointStore store;
    private final TrainingReport report;
    private final Path bestDir;
    private final ProgressBar progress;
    private final List<StepMetrics> window = new ArrayList<>();

    /** @param validation scorer of held-out fonts, or null to skip validation */
    public TrainingRun(GanTrainer trainer, ValidationScorer validation, ProgressBar progress) {
        this.trainer = trainer;
        this.validation = validation;
        TrainConfig config = trainer.config();
        this.store = TrainingSession.checkpointStore(config);
        this.report = new TrainingReport(Path.of(config.outputDir()).resolve("report"));
        this.bestDir = Path.of(config.outputDir()).resolve("best");
        this.progress = progress;
    }

    /** Trains until {@code config.steps()} or until {@code stop} returns true; writes a final checkpoint. */
    public void run(BooleanSupplier stop) throws IOException {
        TrainConfig config = trainer.config();
        long checkpointIntervalNanos = (long) (config.checkpointEveryMinutes() * 60e9);
        long lastCheckpoint = System.nanoTime();
        int startStep = trainer.step();
        long started = System.nanoTime();

        while (trainer.step() < config.steps() && !stop.getAsBoolean()) {
            window.add(trainer.trainStep());
            int done = trainer.step();
            progress.update(done - startStep, config.steps() - startStep, done, config.steps());
            if (done % config.logEverySteps() == 0) {
                logWindow();
            }
            if (done % config.sampleEverySteps() == 0) {
                writeTrainingSamples(done);
            }
            if (validation != null && config.validateEverySteps() > 0 && done % config.validateEverySteps() == 0) {
                validate(done);
            }
            if (System.nanoTime() - lastCheckpoint >= checkpointIntervalNanos) {
                checkpoint();
                lastCheckpoint = System.nanoTime();
            }
        }
        progress.finish();

        if (!window.isEmpty()) {
            logWindow();
        }
        boolean interrupted = trainer.step() < config.steps();
        // An interrupted run (e.g. SIGTERM) only checkpoints: validation could outlast the shutdown grace period.
        if (!interrupted && validation != null && config.validateEverySteps() > 0
                && trainer.step() % config.validateEverySteps() != 0) {
            validate(trainer.step());
        }
        checkpoint();

        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("Stopped at step {} of {} after {} s", trainer.step(), config.steps(), Math.round(seconds));
    }

    private void logWindow() {
        int n = window.size();
        StepMetrics mean = new StepMetrics(window.get(n - 1).step() + 1,
                window.stream().mapToDouble(StepMetrics::generatorLoss).sum() / n,
                window.stream().mapToDouble(StepMetrics::discriminatorLoss).sum() / n,
                window.stream().mapToDouble(StepMetrics::l1).sum() / n,
                window.stream().mapToDouble(StepMetrics::realAccuracy).sum() / n,
                window.stream().mapToDouble(StepMetrics::fakeAccuracy).sum() / n,
                n / window.stream().mapToDouble(m -> 1.0 / m.imagesPerSecond()).sum());
        window.clear();
        trainer.history().add(mean);
        LOG.info(String.format(java.util.Locale.ROOT,
                "step %d/%d  G %.4f  D %.4f  L1 %.4f  D acc real %.2f fake %.2f  %.1f img/s  adv weight %.2f",
                mean.step(), trainer.config().steps(), mean.generatorLoss(), mean.discriminatorLoss(), mean.l1(),
                mean.realAccuracy(), mean.fakeAccuracy(), mean.imagesPerSecond(),
                trainer.config().adversarialWeight(mean.step())));
    }

    private void validate(int step) throws IOException {
        long started = System.nanoTime();
        ValidationScorer.Result result = validation.score(trainer.parameters(), step);
        ValidationScore score = result.score();
        boolean best = score.meanIou() > trainer.history().bestValidationIou();
        trainer.history().add(score);
        LOG.info(String.format(java.util.Locale.ROOT, "validation at step %d: mean L1 %.4f, ink IoU %.3f (%d fonts, %.0f s)%s",
                step, score.meanL1(), score.meanIou(), result.real().size(), (System.nanoTime() - started) / 1e9,
                best ? ", new best" : ""));
        List<List<GrayBitmap>> rows = new ArrayList<>();
        result.real().forEach((font, real) -> {
            rows.add(real);
            rows.add(result.generated().get(font));
        });
        report.writeGrid(String.format("samples-step%07d.png", step), rows);
        if (best) {
            exportModel(bestDir.resolve(MODEL_FILE_NAME));
        }
    }

    private void writeTrainingSamples(int step) throws IOException {
        TrainingPairs.Batch batch = trainer.pairs().batch(step, Math.min(TrainingReport.GRID_COLUMNS, trainer.pairs().size()));
        GanStyleModel model = toStyleModel();
        List<GrayBitmap> real = new ArrayList<>();
        List<GrayBitmap> drawn = new ArrayList<>();
        List<String> fonts = trainer.pairs().fontIds();
        int size = (int) batch.real().size(3);
        for (int i = 0; i < batch.codePoints().length; i++) {
            real.add(new GrayBitmap(size, size, batch.real().get(NDArrayIndex.point(i)).dup('c').ravel().toFloatVector()));
            StyleCode style = model.namedStyles().get(fonts.get(batch.fontIndices()[i]));
            drawn.add(model.generate(style, batch.codePoints()[i], 0));
        }
        report.writeGrid(String.format("train-samples-step%07d.png", step), List.of(real, drawn));
    }

    private void checkpoint() throws IOException {
        long started = System.nanoTime();
        Path file = store.write(trainer.checkpoint());
        report.writeLosses(trainer.history());
        if (validation == null) {
            exportModel(bestDir.resolve(MODEL_FILE_NAME));
        }
        LOG.info("Checkpoint written: {} ({} ms)", file, (System.nanoTime() - started) / 1_000_000);
    }

    /** The current generator and discriminator as a shippable style model. */
    public GanStyleModel toStyleModel() {
        return styleModel(trainer.parameters(), trainer.pairs().fontIds(), trainer.pairs().baseGlyphs(),
                trainer.config().styleFitLearningRate());
    }

    /**
     * Returns the shippable style model of {@code params}: one named style per training font,
     * from the rows of the style embedding.
     *
     * @param fontIds training font ids in style-embedding row order
     */
    public static GanStyleModel styleModel(GanParameters params, List<String> fontIds,
                                           Map<Integer, GrayBitmap> baseGlyphs, double styleFitLearningRate) {
        Map<String, StyleCode> styles = new LinkedHashMap<>();
        float[][] codes = params.get(GeneratorLayers.STYLE_EMBEDDING).toFloatMatrix();
        for (int i = 0; i < fontIds.size(); i++) {
            styles.put(fontIds.get(i), new StyleCode(codes[i]));
        }
        return new GanStyleModel(params, baseGlyphs, styles, SHIPPED_FIT_STEPS, styleFitLearningRate);
    }

    private void exportModel(Path file) throws IOException {
        String provenance = "step " + trainer.step() + ", corpus " + trainer.corpusHash() + ", code "
                + GanTrainer.CODE_VERSION + ", config " + trainer.config().toJson();
        ModelFile.write(toStyleModel(), file, provenance);
        LOG.info("Model written: {}", file);
    }
}
