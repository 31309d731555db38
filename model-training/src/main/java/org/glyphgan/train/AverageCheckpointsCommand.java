package org.glyphgan.train;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.checkpoint.InvalidCheckpointException;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.ModelFile;
import org.glyphgan.raster.GrayBitmap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the weight average of several checkpoints of one training run as a model file. */
@Command(name = "average-checkpoints", mixinStandardHelpOptions = true,
        description = {"Average the weights of several checkpoints of one training run into a model file.",
            "Late in training, where the validation score only wanders, the average can score better than each"
                    + " checkpoint; compare them with evaluate --split validation. A single checkpoint is exported"
                    + " as it is."})
public final class AverageCheckpointsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CHECKPOINT",
            description = "Checkpoint files, or checkpoints/ folders of a run, whose checkpoint-*.zip files are all read.")
    List<Path> inputs;

    @Option(names = "--from-step", paramLabel = "STEP",
            description = "Skip checkpoints before this training step (default: ${DEFAULT-VALUE}).")
    int fromStep = 0;

    @Option(names = "--to-step", paramLabel = "STEP",
            description = "Skip checkpoints after this training step (default: no limit).")
    int toStep = Integer.MAX_VALUE;

    @Option(names = "--base", paramLabel = "FILE",
            description = "Dataset file of the base font's content glyphs (default: basePath of the checkpoints' config).")
    Path base;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Model file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (fromStep > toStep) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from-step " + fromStep
                    + " is after --to-step " + toStep + "; swap them");
        }
        PrintWriter out = spec.commandLine().getOut();
        WeightAverage average = readInRange(out);
        Checkpoint newest = average.newest();
        TrainConfig config = TrainConfig.fromJson(newest.configJson());
        GanStyleModel model = TrainingRun.styleModel(average.mean(), newest.fontIds(), baseGlyphs(config),
                config.styleFitLearningRate());
        String provenance = average.describe() + ", corpus " + newest.corpusHash() + ", code "
                + newest.codeVersion() + ", config " + newest.configJson();
        ModelFile.write(model, this.out, provenance);
        out.printf("wrote %s: %s%n", this.out, average.describe());
        return 0;
    }

    /** Sums the checkpoints of the step range, naming each on {@code out} as it is read. */
    private WeightAverage readInRange(PrintWriter out) throws IOException {
        WeightAverage average = new WeightAverage();
        for (Path file : checkpointFiles()) {
            Checkpoint checkpoint = read(file);
            if (checkpoint.step() >= fromStep && checkpoint.step() <= toStep) {
                average.add(checkpoint);
                out.printf("read %s (step %d)%n", file, checkpoint.step());
                out.flush();
            }
        }
        if (average.count() == 0) {
            String range = fromStep + " to " + (toStep == Integer.MAX_VALUE ? "the end" : String.valueOf(toStep));
            throw new CommandLine.ParameterException(spec.commandLine(), "No checkpoint of steps " + range
                    + " found; pass other files or widen --from-step/--to-step");
        }
        return average;
    }

    /** Returns the checkpoint files of {@link #inputs}, folders expanded, each once. */
    private List<Path> checkpointFiles() throws IOException {
        TreeMap<String, Path> byName = new TreeMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : new CheckpointStore(input, Integer.MAX_VALUE).list()) {
                    byName.put(file.toAbsolutePath().normalize().toString(), file);
                }
            } else if (Files.isRegularFile(input)) {
                byName.put(input.toAbsolutePath().normalize().toString(), input);
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "Checkpoint " + input
                        + " not found; pass checkpoint files or a run's checkpoints/ folder");
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static Checkpoint read(Path file) throws IOException {
        try {
            return CheckpointStore.read(file);
        } catch (InvalidCheckpointException e) {
            throw new IllegalArgumentException("Invalid checkpoint " + file + ": " + e.getMessage()
                    + "; leave it out of the average", e);
        }
    }

    private Map<Integer, GrayBitmap> baseGlyphs(TrainConfig config) throws IOException {
        Path file = base != null ? base : Path.of(config.basePath());
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Base dataset " + file
                    + " not found; build it with dataset --split base or pass --base FILE");
        }
        GlyphDataset dataset = DatasetFile.read(file);
        if (dataset.sizePx() != TrainConfig.SIZE_PX) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Base dataset " + file + " has "
                    + dataset.sizePx() + " px glyphs; the model draws " + TrainConfig.SIZE_PX + " px");
        }
        return TrainingPairs.baseGlyphsOf(dataset);
    }
}
