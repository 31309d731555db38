package org.glyphgan.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains the character classifier on the train split, reports its accuracy on the real glyphs of
 * the validation split after each epoch and of the test split at the end, and saves the last
 * epoch's network. The test split is reported only and never used to choose an epoch.
 */
@Command(name = "train-classifier", mixinStandardHelpOptions = true,
        description = "Train the evaluation's character classifier (94 Basic Latin classes) on the train split.")
public final class TrainClassifierCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "Folder with <split>-<size>px.ggds dataset files (default: ${DEFAULT-VALUE}).")
    Path datasetDirectory = Path.of("target", "datasets");

    @Option(names = "--size", paramLabel = "PX", description = "Glyph bitmap size in pixels (default: ${DEFAULT-VALUE}).")
    int sizePx = 64;

    @Option(names = "--output", paramLabel = "FILE", description = "Classifier file to write (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("models", "classifier.zip");

    @Option(names = "--epochs", description = "Passes over the training glyphs (default: ${DEFAULT-VALUE}).")
    int epochs = ClassifierConfig.DEFAULT.epochs();

    @Option(names = "--batch-size", paramLabel = "GLYPHS",
            description = "Glyphs per gradient step (default: ${DEFAULT-VALUE}).")
    int batchSize = ClassifierConfig.DEFAULT.batchSize();

    @Option(names = "--learning-rate", paramLabel = "RATE", description = "Adam step size (default: ${DEFAULT-VALUE}).")
    double learningRate = ClassifierConfig.DEFAULT.learningRate();

    @Option(names = "--channels", paramLabel = "FILTERS",
            description = "Filters of the first convolution; the others have 2x and 4x (default: ${DEFAULT-VALUE}).")
    int baseChannels = ClassifierConfig.DEFAULT.baseChannels();

    @Option(names = "--dense-units", paramLabel = "UNITS", description = "Hidden dense layer width (default: ${DEFAULT-VALUE}).")
    int denseUnits = ClassifierConfig.DEFAULT.denseUnits();

    @Option(names = "--max-shift", paramLabel = "PX",
            description = "Maximum random shift of training glyphs on each axis, in pixels; 0 turns it off"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxShiftPx = ClassifierConfig.DEFAULT.maxShiftPx();

    @Option(names = "--seed", description = "Seed of initialization, shuffling and shifts (default: ${DEFAULT-VALUE}).")
    long seed = ClassifierConfig.DEFAULT.seed();

    private final DatasetLoader datasetLoader;

    // TODO: construct this command in the CLI with DatasetFile::read. The loader is a parameter
    // because the dataset file format is not in this module yet.
    public TrainClassifierCommand(DatasetLoader datasetLoader) {
        this.datasetLoader = datasetLoader;
    }

    @Override
    public Integer call() throws IOException {
        ClassifierConfig config;
        try {
            config = new ClassifierConfig(epochs, batchSize, learningRate, baseChannels, denseUnits, maxShiftPx, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        GlyphDataset train = load("train");
        List<GlyphSample> validation = basicLatin(load("validation"));
        List<GlyphSample> test = basicLatin(load("test"));
        PrintWriter out = spec.commandLine().getOut();

        long start = System.nanoTime();
        CharacterClassifier classifier = new ClassifierTrainer(config).train(train.samples(), sizePx,
                (epoch, current, meanLoss, seconds) -> {
                    out.printf(Locale.ROOT, "epoch %d/%d: loss %.4f, %.1f s, validation accuracy %.4f%n", epoch,
                            config.epochs(), meanLoss, seconds, current.accuracy(validation));
                    out.flush();
                });
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        classifier.save(output);

        out.printf(Locale.ROOT, "trained on %d glyphs of %d fonts in %.1f s, validation passes included%n",
                basicLatin(train).size(), train.fontIds().size(), totalSeconds);
        out.printf(Locale.ROOT, "validation accuracy %.4f on %d glyphs%n", classifier.accuracy(validation),
                validation.size());
        out.printf(Locale.ROOT, "test accuracy %.4f on %d glyphs%n", classifier.accuracy(test), test.size());
        out.printf(Locale.ROOT, "wrote %s%n", output);
        return 0;
    }

    private GlyphDataset load(String split) throws IOException {
        GlyphDataset dataset = datasetLoader.load(DatasetLoader.defaultFile(datasetDirectory, split, sizePx));
        if (dataset.sizePx() != sizePx) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The " + split + " dataset has "
                    + dataset.sizePx() + " px glyphs but --size is " + sizePx + "; pass --size " + dataset.sizePx());
        }
        return dataset;
    }

    private static List<GlyphSample> basicLatin(GlyphDataset dataset) {
        return dataset.samples().stream().filter(sample -> BasicLatin.contains(sample.codePoint())).toList();
    }
}
