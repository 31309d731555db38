package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    /** Steps and generator channels of the mid-write case, whose checkpoints take long enough to write to be cut. */
    private static final int WIDE_STEPS = 40;
    private static final int WIDE_CHANNELS = 16;
    /** A temporary file still this small when seen is far from its rename, so the kill lands mid-write. */
    private static final long EARLY_WRITE_BYTES = 1 << 20;
    /** Runs the mid-write case may start before it fails. */
    private static final int ATTEMPTS = 3;

    @TempDir
    Path dir;

    private Process start(String mode, Path log, String... extra) throws Exception {
        return start(mode, log, STEPS, extra);
    }

    private Process start(String mode, Path log, int steps, String... extra) throws Exception {
        return start(dir.resolve("run"), mode, log, steps, extra);
    }

    private Process start(Path runDir, String mode, Path log, int steps, String... extra) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), SyntheticTrainMain.class.getName(),
                runDir.toString(), String.valueOf(steps), mode));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    /**
     * Kills the training process with SIGKILL while it writes a checkpoint, after its first complete
     * one. The resumed run starts from the newest complete checkpoint, so only the interval whose
     * checkpoint was being written is lost, and it deletes the partly written file. A kill that
     * lands just after a write finished is retried in a new run, up to {@link #ATTEMPTS} runs.
     */
    @Test
    void killMidWriteLosesOneInterval() throws Exception {
        String channels = String.valueOf(WIDE_CHANNELS);
        Path runDir = null;
        Path partial = null;
        List<String> misses = new java.util.ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS && partial == null; attempt++) {
            runDir = dir.resolve("run-" + attempt);
            Path log = dir.resolve("first-" + attempt + ".log");
            Path cut = killDuringWrite(runDir, start(runDir, "fresh", log, WIDE_STEPS, channels));
            if (cut != null && Files.exists(cut)) {
                partial = cut;
            } else {
                misses.add(cut == null ? "no write seen before the run ended:\n" + Files.readString(log)
                        : "the write of " + cut + " finished before the kill");
            }
        }
        assertTrue(partial != null, "no kill landed mid-write in " + ATTEMPTS + " runs: " + misses);
        CheckpointStore store = new CheckpointStore(runDir.resolve("checkpoints"), 2);
        int newestComplete = store.readNewestValid().orElseThrow().step();
        assertTrue(newestComplete > 0, "newest complete checkpoint at step " + newestComplete);

        Process second = start(runDir, "resume", dir.resolve("second.log"), WIDE_STEPS, channels);
        assertTrue(second.waitFor(180, TimeUnit.SECONDS), "resumed run timed out");
        String secondLog = log("second.log");
        assertEquals(0, second.exitValue(), secondLog);
        assertEquals(newestComplete, startedAt(secondLog));
        assertTrue(secondLog.contains("Deleted 1 partly written checkpoint files"), secondLog);
        assertFalse(Files.exists(partial), "the partly written file is still there: " + partial);
        assertEquals(WIDE_STEPS, store.readNewestValid().orElseThrow().step());
    }

    /**
     * Waits for the first complete checkpoint of {@code run}, then kills it with SIGKILL as soon as a
     * checkpoint temporary file appears. Returns that file, or null when the run ended first.
     */
    private static Path killDuringWrite(Path runDir, Process run) throws Exception {
        CheckpointStore store = new CheckpointStore(runDir.resolve("checkpoints"), 2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (store.list().isEmpty() && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Path partial = null;
        while (partial == null && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
            partial = earlyTemporaryFile(store.directory());
        }
        run.destroyForcibly().waitFor();
        return partial;
    }

    /** Finds a checkpoint temporary file that has under {@link #EARLY_WRITE_BYTES}, or null when none. */
    private static Path earlyTemporaryFile(Path directory) throws java.io.IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().endsWith(".zip.tmp") && sizeOrMax(file) < EARLY_WRITE_BYTES) {
                    return file;
                }
            }
        }
        return null;
    }

    /** Size of a file that may be renamed at any moment, or {@code Long.MAX_VALUE} once it is gone. */
    private static long sizeOrMax(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static int startedAt(String log) {
        return Integer.parseInt(log.lines().filter(l -> l.startsWith("STARTED AT STEP "))
                .findFirst().orElseThrow().substring("STARTED AT STEP ".length()));
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
        int resumedAt = startedAt(secondLog);
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
