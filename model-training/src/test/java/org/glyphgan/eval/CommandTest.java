package org.glyphgan.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glyphgan.dataset.GlyphDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandTest {
    private static final int SIZE_PX = TinyClassifier.SIZE_PX;
    private static final Path DATASETS = Path.of("datasets");
    private static final Map<Path, GlyphDataset> FILES = new HashMap<>();

    @BeforeAll
    static void buildDatasets() {
        List<Integer> characters = TinyClassifier.CHARACTERS;
        put(TestGlyphs.dataset("train", SIZE_PX, List.of(TestGlyphs.SANS, TestGlyphs.SERIF), characters));
        put(TestGlyphs.dataset("validation", SIZE_PX, List.of(TestGlyphs.MONO), characters));
        put(TestGlyphs.dataset("test", SIZE_PX, List.of(TestGlyphs.SANS_BOLD, TestGlyphs.LIBERATION_SERIF),
                characters));
        put(TestGlyphs.dataset("base", SIZE_PX, List.of(TestGlyphs.SANS), characters));
    }

    private static void put(GlyphDataset dataset) {
        FILES.put(DatasetLoader.defaultFile(DATASETS, dataset.split(), SIZE_PX), dataset);
    }

    private static GlyphDataset read(Path file) throws IOException {
        GlyphDataset dataset = FILES.get(file);
        if (dataset == null) {
            throw new NoSuchFileException(file.toString());
        }
        return dataset;
    }

    /** Saves the tiny test classifier into {@code directory} and returns its file. */
    private static Path savedClassifier(Path directory) throws IOException {
        Path file = directory.resolve("classifier.zip");
        TinyClassifier.get().save(file);
        return file;
    }

    @Test
    void evaluateWritesTableAndJson(@TempDir Path directory) throws IOException {
        Path classifierFile = savedClassifier(directory);
        Path json = directory.resolve("out/report.json");
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand(
                file -> FakeStyleModel.oracle(read(DatasetLoader.defaultFile(DATASETS, "test", SIZE_PX))),
                CommandTest::read));
        command.setOut(new PrintWriter(out));

        int exitCode = command.execute("--model", "fake.bin", "--classifier", classifierFile.toString(),
                "--datasets", DATASETS.toString(), "--size", String.valueOf(SIZE_PX), "--k", "4", "--seed", "9",
                "--json", json.toString());

        assertEquals(0, exitCode, out.toString());
        assertTrue(out.toString().contains("Evaluation of split 'test': 2 fonts, K = 4"), out.toString());
        EvaluationReport report = ReportJson.read(json);
        assertEquals(3, report.methods().size());
        assertEquals(1.0, report.method(StyleModelMethod.NAME).overall().meanInkIoU(), 1e-12);
        assertEquals(9L, report.seed());
    }

    @Test
    void evaluateRequireTargetsFailsForBlankModel(@TempDir Path directory) throws IOException {
        Path classifierFile = savedClassifier(directory);
        CommandLine command = new CommandLine(new EvaluateCommand(
                file -> FakeStyleModel.blank(read(DatasetLoader.defaultFile(DATASETS, "test", SIZE_PX))),
                CommandTest::read));
        command.setOut(new PrintWriter(new StringWriter()));

        int exitCode = command.execute("--model", "fake.bin", "--classifier", classifierFile.toString(),
                "--datasets", DATASETS.toString(), "--size", String.valueOf(SIZE_PX), "--k", "4",
                "--require-targets");

        assertEquals(EvaluateCommand.TARGETS_FAILED_EXIT_CODE, exitCode);
    }

    @Test
    void evaluateRejectsUnknownSplit() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand(file -> null, CommandTest::read));
        command.setErr(new PrintWriter(err));

        int exitCode = command.execute("--model", "fake.bin", "--split", "train");

        assertEquals(2, exitCode);
        assertTrue(err.toString().contains("Invalid --split 'train'"), err.toString());
    }

    @Test
    void evaluateWithoutShippedModelNamesFix(@TempDir Path directory) throws IOException {
        Path classifierFile = savedClassifier(directory);
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand(file -> null, CommandTest::read));
        command.setErr(new PrintWriter(err));

        int exitCode = command.execute("--classifier", classifierFile.toString(), "--datasets", DATASETS.toString());

        assertEquals(2, exitCode);
        assertTrue(err.toString().contains("No --model given, and the class path has no shipped "
                + "/org/glyphgan/model/glyphgan-model.zip; pass --model FILE"), err.toString());
    }

    @Test
    void evaluateChecksJsonFolderFirst(@TempDir Path directory) throws IOException {
        Path classifierFile = savedClassifier(directory);
        Path blocker = Files.writeString(directory.resolve("file"), "not a folder");
        List<Path> loaded = new java.util.ArrayList<>();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand(file -> {
            loaded.add(file);
            return null;
        }, CommandTest::read));
        command.setErr(new PrintWriter(err));

        int exitCode = command.execute("--model", "fake.bin", "--classifier", classifierFile.toString(),
                "--datasets", DATASETS.toString(), "--size", String.valueOf(SIZE_PX),
                "--json", blocker.resolve("report.json").toString());

        assertEquals(2, exitCode, err.toString());
        assertTrue(err.toString().contains("Cannot write --json " + blocker.resolve("report.json") + ": its folder "
                + blocker + " cannot be created"), err.toString());
        assertTrue(loaded.isEmpty(), "the model was loaded before the --json check");
    }

    @Test
    void evaluateMissingDatasetNamesDatasetCommand(@TempDir Path directory) throws IOException {
        Path classifierFile = savedClassifier(directory);
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new EvaluateCommand(file -> null, CommandTest::read));
        command.setErr(new PrintWriter(err));

        int exitCode = command.execute("--model", "fake.bin", "--classifier", classifierFile.toString(),
                "--datasets", directory.toString());

        assertEquals(2, exitCode, err.toString());
        Path missing = directory.resolve("test-64px.ggds");
        assertTrue(err.toString().contains("Dataset file " + missing + " not found; build it with './glyphgan dataset"
                + " --split test --size 64 --out " + missing + "'"), err.toString());
    }

    @Test
    void trainClassifierReportsAccuracyAndSaves(@TempDir Path directory) throws IOException {
        Path output = directory.resolve("classifier.zip");
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new TrainClassifierCommand(CommandTest::read));
        command.setOut(new PrintWriter(out));

        int exitCode = command.execute("--datasets", DATASETS.toString(), "--size", String.valueOf(SIZE_PX),
                "--output", output.toString(), "--epochs", "2", "--channels", "2", "--dense-units", "8",
                "--seed", "5");

        assertEquals(0, exitCode, out.toString());
        assertTrue(out.toString().contains("epoch 2/2"), out.toString());
        assertTrue(out.toString().contains("test accuracy"), out.toString());
        assertEquals(SIZE_PX, CharacterClassifier.load(output).sizePx());
    }

    @Test
    void trainClassifierRejectsWrongSize() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new TrainClassifierCommand(CommandTest::read));
        command.setErr(new PrintWriter(err));

        int exitCode = command.execute("--datasets", DATASETS.toString(), "--size", "64");

        assertEquals(1, exitCode);
        assertTrue(err.toString().contains("train-64px.ggds"), err.toString());
    }
}
