package org.glyphgan.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.ShippedResources;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.gan.StyleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Evaluates a trained generator on the held-out fonts of the validation or test split against the
 * copy-base and nearest-train baselines, prints the tables and targets, and optionally writes JSON.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score the generator on held-out fonts from K reference glyphs each, against two baselines.")
public final class EvaluateCommand implements Callable<Integer> {
    /** Exit code when {@code --require-targets} is set and a target failed. */
    public static final int TARGETS_FAILED_EXIT_CODE = 3;
    private static final List<String> SPLITS = List.of("test", "validation");
    private static final Logger LOG = LoggerFactory.getLogger(EvaluateCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--split", paramLabel = "SPLIT", description = "test or validation (default: ${DEFAULT-VALUE}).")
    String split = "test";

    @Option(names = "--k", paramLabel = "GLYPHS",
            description = "Reference glyphs per font given to each method (default: ${DEFAULT-VALUE}).")
    int k = EvaluationConfig.DEFAULT_K;

    @Option(names = "--seed", description = "Seed of the reference choice and the style fit (default: ${DEFAULT-VALUE}).")
    long seed = 1L;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON to this file.")
    Path json;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Trained generator to evaluate (default: the generator shipped in the plugin jar).")
    Path model;

    @Option(names = "--classifier", paramLabel = "FILE",
            description = "Character classifier from train-classifier (default: the classifier shipped in the plugin jar).")
    Path classifier;

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "Folder with <split>-<size>px.ggds files of the evaluated, train and base splits"
                    + " (default: ${DEFAULT-VALUE}).")
    Path datasetDirectory = Path.of("target", "datasets");

    @Option(names = "--size", paramLabel = "PX", description = "Glyph bitmap size in pixels (default: ${DEFAULT-VALUE}).")
    int sizePx = 64;

    @Option(names = "--require-targets",
            description = "Exit with code " + TARGETS_FAILED_EXIT_CODE + " when any target fails.")
    boolean requireTargets;

    private final ModelLoader modelLoader;
    private final DatasetLoader datasetLoader;

    /** Reads the generator with {@link GanStyleModel#load(Path)} and datasets with {@link DatasetFile#read}. */
    public EvaluateCommand() {
        this(GanStyleModel::load, DatasetFile::read);
    }

    /** Takes the loaders as parameters so tests can evaluate stand-in models. */
    public EvaluateCommand(ModelLoader modelLoader, DatasetLoader datasetLoader) {
        this.modelLoader = modelLoader;
        this.datasetLoader = datasetLoader;
    }

    @Override
    public Integer call() throws IOException {
        if (!SPLITS.contains(split)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid --split '" + split + "'; expected one of " + SPLITS);
        }
        EvaluationConfig config;
        try {
            config = EvaluationConfig.basicLatin(k, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (json != null) {
            requireWritableFolder(json);
        }
        CharacterClassifier characterClassifier;
        StyleModel styleModel;
        try (ModelInput classifierFile = input(classifier, ShippedResources.CLASSIFIER, "--classifier");
             ModelInput modelFile = input(model, ShippedResources.MODEL, "--model")) {
            characterClassifier = CharacterClassifier.load(classifierFile.path());
            styleModel = modelLoader.load(modelFile.path());
        }
        LOG.info("Scoring generator {} with classifier {}", model == null ? "shipped in the plugin jar" : model,
                classifier == null ? "shipped in the plugin jar" : classifier);
        GlyphDataset evaluated = load(split);
        GlyphDataset train = load("train");
        GlyphDataset base = load("base");

        List<GenerationMethod> methods = List.of(new StyleModelMethod(styleModel, seed), new CopyBaseMethod(base),
                new NearestTrainingFontMethod(train));
        EvaluationReport report = new EvaluationHarness(characterClassifier, config).evaluate(evaluated, methods);

        spec.commandLine().getOut().print(ReportTable.format(report));
        spec.commandLine().getOut().flush();
        if (json != null) {
            ReportJson.write(report, json);
        }
        return requireTargets && !report.allTargetsPassed() ? TARGETS_FAILED_EXIT_CODE : 0;
    }

    /**
     * Returns the file passed with {@code option}, or a temporary copy of the shipped
     * {@code resource} when the option is absent.
     */
    private ModelInput input(Path optionFile, String resource, String option) throws IOException {
        if (optionFile != null) {
            return new ModelInput(optionFile, false);
        }
        Path copy = ShippedResources.copyToTemporaryFile(resource).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "No " + option + " given, and the class path"
                        + " has no shipped " + resource + "; pass " + option + " FILE, or run evaluate through the"
                        + " glyphgan launcher, whose plugin jar contains it"));
        return new ModelInput(copy, true);
    }

    /** A model or classifier file to read. A temporary copy of a shipped resource is deleted on close. */
    private record ModelInput(Path path, boolean temporary) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (temporary) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * Rejects a {@code --json} path that is a folder, or whose folder cannot be created or written,
     * before the evaluation runs.
     */
    private void requireWritableFolder(Path file) {
        if (Files.isDirectory(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Cannot write --json " + file + ": it is a"
                    + " folder; pass a file name such as " + file.resolve("evaluation.json"));
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Cannot write --json " + file + ": its folder "
                    + folder + " cannot be created (" + e + "); pass a file in a writable folder", e);
        }
        if (!Files.isWritable(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Cannot write --json " + file + ": its folder "
                    + folder + " is not writable; pass a file in a writable folder");
        }
    }

    private GlyphDataset load(String datasetSplit) throws IOException {
        Path file = DatasetLoader.defaultFile(datasetDirectory, datasetSplit, sizePx);
        GlyphDataset dataset;
        try {
            dataset = datasetLoader.load(file);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Dataset file " + file + " not found; build it"
                    + " with './glyphgan dataset --split " + datasetSplit + " --size " + sizePx + " --out " + file
                    + "', or pass --datasets DIR and --size PX of existing files", e);
        }
        if (dataset.sizePx() != sizePx) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The " + datasetSplit + " dataset has "
                    + dataset.sizePx() + " px glyphs but --size is " + sizePx + "; pass --size " + dataset.sizePx());
        }
        return dataset;
    }
}
