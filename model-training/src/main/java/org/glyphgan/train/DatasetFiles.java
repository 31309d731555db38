package org.glyphgan.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;

/** Reads dataset files for training, with a message that explains how to build a missing one. */
final class DatasetFiles {
    private DatasetFiles() {
    }

    static GlyphDataset read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Dataset file " + file + " not found; build it with the dataset command first");
        }
        return DatasetFile.read(file);
    }
}
