package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.checkpoint.CheckpointStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillResumeTest {
    private static final int STEPS = 24;

    @TempDir
    Path dir;

    private Process start(String mode, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                SyntheticTrainMain.class.getName(), dir.resolve("run").toString(), String.valueOf(STEPS), mode);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    @Test
    void killedRunResumesWithoutLosingSteps() throws Exception {
        CheckpointStore store = new CheckpointStore(dir.resolve("run").resolve("checkpoints"), 2);
        Process first = start("fresh", dir.resolve("first.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (store.list().isEmpty() && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(first.isAlive(), "the first run ended before it could be killed:\n" + log("first.log"));
        Thread.sleep(700);
        first.destroyForcibly().waitFor();
        int killedAt = store.readNewestValid().orElseThrow().step();
        assertTrue(killedAt > 0, "killed at step " + killedAt);
        assertTrue(killedAt < STEPS, "killed at step " + killedAt);

        Process second = start("resume", dir.resolve("second.log"));
        assertTrue(second.waitFor(180, TimeUnit.SECONDS), "resumed run timed out");
        String secondLog = log("second.log");
        assertEquals(0, second.exitValue(), secondLog);
        int resumedAt = Integer.parseInt(secondLog.lines().filter(l -> l.startsWith("STARTED AT STEP "))
                .findFirst().orElseThrow().substring("STARTED AT STEP ".length()));
        assertTrue(resumedAt >= killedAt, "resumed at " + resumedAt + " before the checkpoint at " + killedAt);
        assertTrue(secondLog.contains("FINISHED AT STEP " + STEPS), secondLog);

        for (Path file : store.list()) {
            CheckpointStore.read(file);
        }
        Checkpoint last = store.readNewestValid().orElseThrow();
        assertEquals(STEPS, last.step());
        List<Integer> loggedSteps = last.stepHistoryCsv().lines().skip(1)
                .map(l -> Integer.parseInt(l.split(",")[0])).toList();
        for (int i = 1; i < loggedSteps.size(); i++) {
            assertTrue(loggedSteps.get(i) > loggedSteps.get(i - 1), "logged steps must rise: " + loggedSteps);
        }
        assertEquals(STEPS, loggedSteps.get(loggedSteps.size() - 1));
        assertTrue(Files.exists(dir.resolve("run").resolve("report").resolve("losses.svg")));
        assertTrue(Files.exists(dir.resolve("run").resolve("best").resolve(TrainingRun.MODEL_FILE_NAME)));
    }

    private String log(String name) throws Exception {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

}
