package org.glyphgan.train;

import java.nio.file.Path;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.SyntheticDatasets;

/** Tiny configs and datasets for training tests. */
public final class TinyRuns {
    public static final String CHARACTERS = "AaBbeg";

    private TinyRuns() {
    }

    public static TrainConfig config(Path out, int steps) {
        TrainConfig d = TrainConfig.defaults(42);
        return new TrainConfig(42, 4, steps, 1e-3, 1e-3, d.beta1(), d.beta2(), d.l1Weight(), d.diceWeight(), 1.0, 0.0, 2,
                4, 4, 6, 2,
                2, 0.02, 2, 1000, 0, 2, 3, 5, 0.05,
                null, null, null, out.toString());
    }

    public static GlyphDataset train() {
        return SyntheticDatasets.styles("train", 0, 3, CHARACTERS);
    }

    public static GlyphDataset validation() {
        return SyntheticDatasets.styles("validation", 3, 2, CHARACTERS);
    }

    public static GlyphDataset base() {
        return SyntheticDatasets.base(CHARACTERS);
    }
}
