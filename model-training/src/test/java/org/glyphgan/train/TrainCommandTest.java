package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.dataset.DatasetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine line = TrainCommand.commandLine();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        return line.execute(args);
    }

    @Test
    void missingSeedIsOneLineError() {
        StringWriter err = new StringWriter();
        int code = run(err, "--train", "t.bin", "--base", "b.bin", "--out", dir.toString());
        assertEquals(TrainCommand.EXIT_FAILURE, code);
        assertTrue(err.toString().startsWith("train: No training seed"), err.toString());
    }

    @Test
    void missingDatasetFileIsNamed() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("missing-train.bin");
        int code = run(err, "--seed", "1", "--train", missing.toString(), "--base", "b.bin", "--out", dir.toString());
        assertEquals(TrainCommand.EXIT_FAILURE, code);
        assertTrue(err.toString().contains(missing.toString()), err.toString());
    }

    @Test
    void invalidConfigValueIsOneLineError() throws Exception {
        Path config = dir.resolve("config.json");
        java.nio.file.Files.writeString(config, "{\"seed\": 1, \"inkMassWeight\": null}");
        StringWriter err = new StringWriter();
        int code = run(err, "--config", config.toString(), "--out", dir.resolve("out").toString());
        assertEquals(TrainCommand.EXIT_FAILURE, code);
        assertEquals("train: Training config " + config + ": inkMassWeight must be a number, got null",
                err.toString().strip());
    }

    /** Trains a 1-step run in {@code old/} and writes the tiny train and base datasets beside it. */
    private TrainConfig oldRun() throws Exception {
        TrainConfig old = TinyRuns.config(dir.resolve("old"), 1);
        GanTrainer trainer = TrainingSession.open(old, TinyRuns.train(), TinyRuns.base(), false);
        new TrainingRun(trainer, null, ProgressBar.silent()).run(() -> false);
        DatasetFile.write(dir.resolve("train.ggds"), TinyRuns.train());
        DatasetFile.write(dir.resolve("base.ggds"), TinyRuns.base());
        return old;
    }

    @Test
    void initFromWithoutConfigUsesStoredConfig() throws Exception {
        TrainConfig old = oldRun();
        Path source = TrainingSession.checkpointStore(old).list().get(0);
        Path train = dir.resolve("train.ggds");
        Path base = dir.resolve("base.ggds");
        Path fresh = dir.resolve("fresh");

        StringWriter err = new StringWriter();
        int code = run(err, "--init-from", source.toString(), "--train", train.toString(), "--base", base.toString(),
                "--out", fresh.toString(), "--steps", "2");
        assertEquals(0, code, err.toString());

        List<Path> written = new CheckpointStore(fresh.resolve("checkpoints"), 10).list();
        TrainConfig used = TrainConfig.fromJson(CheckpointStore.read(written.get(0)).configJson());
        assertEquals(old.architecture(), used.architecture());
        assertEquals(old.seed(), used.seed());
        assertEquals(fresh.toString(), used.outputDir());
        assertEquals(2, used.steps());
        assertEquals(List.of(source), TrainingSession.checkpointStore(old).list(), "the source run must stay untouched");
    }

    @Test
    void initFromOwnOutputDirectoryIsRejected() throws Exception {
        TrainConfig old = oldRun();
        Path source = TrainingSession.checkpointStore(old).list().get(0);
        Path train = dir.resolve("train.ggds");
        Path base = dir.resolve("base.ggds");

        for (String resume : List.of("--resume", "--steps=3")) {
            StringWriter err = new StringWriter();
            int code = run(err, "--init-from", source.toString(), "--train", train.toString(), "--base", base.toString(),
                    "--out", dir.resolve("old").toString(), resume);
            assertEquals(TrainCommand.EXIT_FAILURE, code, resume);
            assertTrue(err.toString().contains("is a checkpoint of the output directory itself"), err.toString());
        }
        assertEquals(List.of(source), TrainingSession.checkpointStore(old).list(), "the source run must stay untouched");
    }

    @Test
    void unknownOptionIsUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--seed", "1", "--no-such-option"));
        assertTrue(err.toString().contains("--no-such-option"), err.toString());
    }

    @Test
    void helpListsOptionsWithDefaults() {
        StringWriter out = new StringWriter();
        CommandLine line = TrainCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        assertEquals(0, line.execute("--help"));
        assertTrue(out.toString().contains("--resume"));
        assertTrue(out.toString().contains("default 4000"));
    }
}
