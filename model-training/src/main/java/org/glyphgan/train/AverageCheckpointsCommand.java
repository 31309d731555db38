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
            throw usageError("--from-step " + fromStep + " is after --to-step " + toStep + "; swap them");
        }
        requireWritableOut();
        List<Path> files = checkpointFiles();
        GlyphDataset baseDataset = base == null ? null : readBase(base, "--base");
        PrintWriter console = spec.commandLine().getOut();
        WeightAverage average = readInRange(files, console);
        Checkpoint newest = average.newest();
        TrainConfig config = TrainConfig.fromJson(newest.configJson());
        if (baseDataset == null) {
            baseDataset = readBase(Path.of(config.basePath()), "basePath of the checkpoint's config, relative to "
                    + Path.of("").toAbsolutePath());
        }
        GanStyleModel model = TrainingRun.styleModel(average.mean(), newest.fontIds(),
                TrainingPairs.baseGlyphsOf(baseDataset), config.styleFitLearningRate());
        String provenance = average.describe() + ", corpus " + newest.corpusHash() + ", code "
                + newest.codeVersion() + ", config " + newest.configJson();
        writeModel(model, provenance);
        console.printf("wrote %s: %s%n", out, average.describe());
        return 0;
    }

    private CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Rejects an {@code --out} that is a folder or lies below a file, before any checkpoint is read. */
    private void requireWritableOut() {
        if (Files.isDirectory(out)) {
            throw usageError("--out " + out + " is a folder; pass a model file name such as "
                    + out.resolve("model.zip"));
        }
        Path ancestor = out.toAbsolutePath().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor != null && !Files.isDirectory(ancestor)) {
            throw usageError("--out " + out + " lies below " + ancestor + ", which is a file and not a folder;"
                    + " pass --out in a folder");
        }
    }

    private void writeModel(GanStyleModel model, String provenance) throws IOException {
        try {
            ModelFile.write(model, out, provenance);
        } catch (IOException e) {
            throw new IOException("Failed to write model file " + out + " (" + e + "); pass --out in a folder"
                    + " you can write to", e);
        }
    }

    /** Sums the checkpoints of the step range, naming each on {@code console} as it is read. */
    private WeightAverage readInRange(List<Path> files, PrintWriter console) throws IOException {
        WeightAverage average = new WeightAverage();
        Map<Integer, Path> fileOfStep = new TreeMap<>();
        for (Path file : files) {
            // A file whose name puts it outside the range is not read, so a broken one there stops nothing.
            int namedStep = CheckpointStore.stepOf(file);
            if (namedStep >= 0 && !inRange(namedStep)) {
                continue;
            }
            Checkpoint checkpoint = read(file);
            if (inRange(checkpoint.step())) {
                Path earlier = fileOfStep.putIfAbsent(checkpoint.step(), file);
                if (earlier != null) {
                    throw usageError("Checkpoints " + earlier + " and " + file + " are both of step "
                            + checkpoint.step() + "; pass only one of them");
                }
                average.add(checkpoint);
                console.printf("read %s (step %d)%n", file, checkpoint.step());
                console.flush();
            }
        }
        if (average.count() == 0) {
            String range = fromStep + " to " + (toStep == Integer.MAX_VALUE ? "the end" : String.valueOf(toStep));
            throw usageError("No checkpoint of steps " + range + " found among " + files.size()
                    + " checkpoint files; pass other files or widen --from-step/--to-step");
        }
        return average;
    }

    private boolean inRange(int step) {
        return step >= fromStep && step <= toStep;
    }

    /**
     * Returns the checkpoint files of {@link #inputs}, folders expanded, each file once even when it
     * is named twice or through a link.
     */
    private List<Path> checkpointFiles() throws IOException {
        TreeMap<Path, Path> byRealPath = new TreeMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : folderCheckpoints(input)) {
                    byRealPath.putIfAbsent(file.toRealPath(), file);
                }
            } else if (Files.isRegularFile(input)) {
                byRealPath.putIfAbsent(input.toRealPath(), input);
            } else {
                throw usageError("Checkpoint " + input + " not found; pass checkpoint files or a run's"
                        + " checkpoints/ folder");
            }
        }
        if (Files.exists(out) && byRealPath.containsKey(out.toRealPath())) {
            throw usageError("--out " + out + " is one of the checkpoints to average; pass another file name"
                    + " so that the checkpoint is kept");
        }
        return new ArrayList<>(byRealPath.values());
    }

    private List<Path> folderCheckpoints(Path folder) throws IOException {
        List<Path> files = new CheckpointStore(folder, Integer.MAX_VALUE).list();
        if (files.isEmpty()) {
            Path runCheckpoints = folder.resolve("checkpoints");
            String fix = Files.isDirectory(runCheckpoints) ? "pass " + runCheckpoints + " instead"
                    : "pass a run's checkpoints/ folder or checkpoint files";
            throw usageError("Folder " + folder + " contains no checkpoint-NNNNNNN.zip files; " + fix);
        }
        return files;
    }

    private static Checkpoint read(Path file) throws IOException {
        try {
            return CheckpointStore.read(file);
        } catch (InvalidCheckpointException e) {
            throw new IllegalArgumentException("Invalid checkpoint " + file + ": " + e.getMessage()
                    + "; leave it out of the average (move it away or narrow --from-step/--to-step)", e);
        }
    }

    /**
     * Reads the base dataset and rejects one that is missing, of another glyph size or of several fonts.
     *
     * @param origin where the path came from, named in the error
     */
    private GlyphDataset readBase(Path file, String origin) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw usageError("Base dataset " + file + " (" + origin + ") not found; build it with dataset"
                    + " --split base or pass --base FILE");
        }
        GlyphDataset dataset = DatasetFile.read(file);
        if (dataset.sizePx() != TrainConfig.SIZE_PX) {
            throw usageError("Base dataset " + file + " has " + dataset.sizePx() + " px glyphs; the model draws "
                    + TrainConfig.SIZE_PX + " px, so pass a base dataset of " + TrainConfig.SIZE_PX + " px");
        }
        if (dataset.fontIds().size() != 1) {
            throw usageError("Base dataset " + file + " contains " + dataset.fontIds().size()
                    + " fonts but a base split contains one; pass the base split's file (dataset --split base)");
        }
        return dataset;
    }
}
