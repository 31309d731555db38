package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.dataset.DatasetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM stops the train command after a final checkpoint, and the process then exits promptly. */
class StopSignalTest {
    @TempDir
    Path dir;

    @Test
    void sigtermWritesAFinalCheckpointAndExits() throws Exception {
        Path train = dir.resolve("train.ggds");
        Path base = dir.resolve("base.ggds");
        DatasetFile.write(train, TinyRuns.train());
        DatasetFile.write(base, TinyRuns.base());
        Path out = dir.resolve("run");
        Path config = dir.resolve("config.json");
        Files.writeString(config, TinyRuns.config(out, 1_000_000).toJson());

        Path log = dir.resolve("train.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                TrainCommand.class.getName(), "--config", config.toString(), "--train", train.toString(),
                "--base", base.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("step 4/") && process.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(process.isAlive(), "training ended before the signal:\n" + Files.readString(log));

            process.destroy();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS),
                    "the process was still alive 60 s after SIGTERM:\n" + Files.readString(log));
        } finally {
            process.destroyForcibly();
        }

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("Stopped at step"), text);
        int step = new CheckpointStore(out.resolve("checkpoints"), 2).readNewestValid().orElseThrow().step();
        assertTrue(step >= 4, "final checkpoint at step " + step);
    }
}
