package org.glyphgan.facade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphgan.gan.GanStyleModel;

/** Loads the model shipped in the plugin jar, or a model file, with messages that name the fix. */
final class ModelResources {
    /** Classpath location of the shipped GAN model file. */
    static final String MODEL_RESOURCE = "/org/glyphgan/model/glyphgan-model.zip";

    private ModelResources() {
    }

    static GanStyleModel shippedModel() {
        try (InputStream in = GlyphGan.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new GlyphGanException("The shipped model " + MODEL_RESOURCE + " is missing from the classpath;"
                        + " rebuild the plugin jar with the model resource, or pass a model file with --model");
            }
            return GanStyleModel.load(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof GlyphGanException glyphGan) {
                throw glyphGan;
            }
            throw new GlyphGanException("The shipped model " + MODEL_RESOURCE + " cannot be read (" + e.getMessage()
                    + "); rebuild the plugin jar, or pass a model file with --model", e);
        }
    }

    static GanStyleModel modelFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GlyphGanException("Model file " + file.toAbsolutePath() + " does not exist or is not a file;"
                    + " pass a model zip written by the train command");
        }
        try {
            return GanStyleModel.load(file);
        } catch (IOException | RuntimeException e) {
            throw new GlyphGanException("Model file " + file.toAbsolutePath() + " is truncated or not a glyphgan model ("
                    + e.getMessage() + "); pass a model zip written by the train command", e);
        }
    }
}
