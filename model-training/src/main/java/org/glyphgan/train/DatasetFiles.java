package org.glyphgan.train;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphgan.dataset.GlyphDataset;

/** Reads dataset files for training through the dataset package's reader. */
final class DatasetFiles {
    private DatasetFiles() {
    }

    // NOTE: the reader org.glyphgan.dataset.DatasetFile.read(Path) is built in parallel with this
    // package, so it is looked up at run time; replace this with a direct call once both are merged.
    static GlyphDataset read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Dataset file " + file + " not found; build it with the dataset command first");
        }
        try {
            Method read = Class.forName("org.glyphgan.dataset.DatasetFile").getMethod("read", Path.class);
            return (GlyphDataset) read.invoke(null, file);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("This build lacks the dataset reader org.glyphgan.dataset.DatasetFile.read(Path)", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Cannot read dataset file " + file + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
