package org.glyphgan.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.glyphgan.dataset.GlyphDataset;

/** Reads a dataset file; the commands take one so they do not depend on the file format. */
@FunctionalInterface
public interface DatasetLoader {
    GlyphDataset load(Path file) throws IOException;

    /**
     * Returns the default file of {@code split} in {@code directory}: {@code <split>-<size>px.ggds},
     * the name the dataset command writes when given no output file.
     */
    static Path defaultFile(Path directory, String split, int sizePx) {
        return directory.resolve(split + "-" + sizePx + "px.ggds");
    }
}
