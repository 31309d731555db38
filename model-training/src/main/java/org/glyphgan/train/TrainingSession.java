package org.glyphgan.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.dataset.GlyphDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a training run in an output directory: a fresh start, or a resume from its newest valid checkpoint. */
public final class TrainingSession {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingSession.class);

    private TrainingSession() {
    }

    public static CheckpointStore checkpointStore(TrainConfig config) {
        return new CheckpointStore(Path.of(config.outputDir()).resolve("checkpoints"), config.keepCheckpoints());
    }

    /** {@link #open(TrainConfig, GlyphDataset, GlyphDataset, boolean, Path)} with random initial weights. */
    public static GanTrainer open(TrainConfig config, GlyphDataset train, GlyphDataset base, boolean resume)
            throws IOException {
        return open(config, train, base, resume, null);
    }

    /**
     * @param resume   continue from the newest valid checkpoint; without it, an output directory that
     *                 already contains checkpoints is rejected so no run is overwritten by accident
     * @param initFrom a checkpoint file of another run whose weights start a new run ({@link WarmStart}),
     *                 or null for random weights. It is ignored when {@code resume} finds a checkpoint,
     *                 so the same command line continues the run it started.
     */
    public static GanTrainer open(TrainConfig config, GlyphDataset train, GlyphDataset base, boolean resume,
                                  Path initFrom) throws IOException {
        checkSplit(train, "train");
        checkSplit(base, "base");
        TrainingPairs pairs = new TrainingPairs(train, base, config.seed());
        CheckpointStore store = checkpointStore(config);
        if (initFrom != null) {
            rejectOwnCheckpoint(initFrom, store.directory());
        }
        int stale = store.deleteStaleTemporaryFiles();
        if (stale > 0) {
            LOG.info("Deleted {} partly written checkpoint files of an interrupted run", stale);
        }
        if (!resume) {
            if (!store.list().isEmpty()) {
                throw new IllegalArgumentException("Output directory " + config.outputDir() + " already contains checkpoints;"
                        + " pass --resume to continue that run or choose another --out");
            }
            return startNew(config, pairs, train.corpusHash(), initFrom);
        }
        String corpusHash = train.corpusHash();
        List<String> mismatches = new ArrayList<>();
        Optional<Checkpoint> checkpoint = store.readNewestValid(c -> {
            Optional<String> mismatch = GanTrainer.mismatch(config, pairs, corpusHash, c);
            mismatch.ifPresent(mismatches::add);
            return mismatch;
        });
        if (checkpoint.isEmpty() && !mismatches.isEmpty()) {
            // Starting a new run here would mix two runs' checkpoints in one directory.
            throw new IllegalArgumentException("No checkpoint in " + store.directory() + " can continue this run: "
                    + mismatches.get(0));
        }
        if (checkpoint.isEmpty()) {
            LOG.warn("--resume given but {} contains no valid checkpoint; starting a new run", store.directory());
            return startNew(config, pairs, corpusHash, initFrom);
        }
        LOG.info("Resuming from step {} ({} fonts)", checkpoint.get().step(), pairs.fontIds().size());
        if (!checkpoint.get().codeVersion().equals(GanTrainer.CODE_VERSION)) {
            LOG.warn("The checkpoint was written by training code {} and continues with {}; new loss terms and"
                    + " inputs take their configured values", checkpoint.get().codeVersion(), GanTrainer.CODE_VERSION);
        }
        if (initFrom != null) {
            LOG.info("--init-from {} is ignored: the run in {} already has a checkpoint", initFrom, config.outputDir());
        }
        return GanTrainer.resume(config, pairs, corpusHash, checkpoint.get());
    }

    private static GanTrainer startNew(TrainConfig config, TrainingPairs pairs, String corpusHash, Path initFrom)
            throws IOException {
        LOG.info("Starting a new run: {} training glyphs of {} fonts, seed {}", pairs.size(), pairs.fontIds().size(),
                config.seed());
        if (initFrom == null) {
            return GanTrainer.start(config, pairs, corpusHash);
        }
        return GanTrainer.startFrom(config, pairs, corpusHash, readInitFrom(initFrom));
    }

    /**
     * Rejects an {@code --init-from} file in the run's own checkpoint directory. With --resume, the
     * source run itself would continue in place of a new run, and prune the older checkpoints.
     */
    private static void rejectOwnCheckpoint(Path initFrom, Path checkpointDirectory) throws IOException {
        Path parent = canonical(initFrom).getParent();
        if (parent != null && parent.equals(canonical(checkpointDirectory))) {
            throw new IllegalArgumentException("--init-from " + initFrom + " is a checkpoint of the output directory"
                    + " itself; pass another --out to start a new run from it, or --resume without --init-from to"
                    + " continue that run");
        }
    }

    private static Path canonical(Path path) throws IOException {
        return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
    }

    /** Reads the {@code --init-from} checkpoint; a missing or invalid file is an error that names it. */
    static Checkpoint readInitFrom(Path initFrom) {
        if (Files.notExists(initFrom)) {
            throw new IllegalArgumentException("Cannot start from " + initFrom + ": file not found; pass a checkpoint"
                    + " file that train wrote (checkpoints/checkpoint-STEP.zip)");
        }
        try {
            return CheckpointStore.read(initFrom);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot start from " + initFrom + ": " + e.getMessage()
                    + "; pass a checkpoint file that train wrote (checkpoints/checkpoint-STEP.zip)", e);
        }
    }

    /**
     * Returns the config stored in the newest valid checkpoint of {@code outputDir}, if any, and logs
     * that checkpoint's step and corpus hash. The datasets are not read yet, so a checkpoint of
     * another run in the same directory is not skipped here: pass {@code --config} in that case.
     */
    public static Optional<String> storedConfigJson(Path outputDir) throws IOException {
        Optional<Checkpoint> newest = new CheckpointStore(outputDir.resolve("checkpoints"), Integer.MAX_VALUE)
                .readNewestValid();
        newest.ifPresent(checkpoint -> LOG.info("Using the training config stored in the checkpoint of step {}"
                + " (corpus {}) in {}", checkpoint.step(), checkpoint.corpusHash(), outputDir));
        return newest.map(Checkpoint::configJson);
    }

    private static void checkSplit(GlyphDataset dataset, String expected) {
        if (dataset.sizePx() != TrainConfig.SIZE_PX) {
            throw new IllegalArgumentException("The " + expected + " dataset has " + dataset.sizePx()
                    + " px glyphs; training expects " + TrainConfig.SIZE_PX + " px");
        }
        if (!expected.equals(dataset.split())) {
            LOG.warn("Dataset given as the {} split declares split '{}'", expected, dataset.split());
        }
    }
}
