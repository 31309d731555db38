package org.glyphgan.facade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.glyphgan.eval.CharacterClassifier;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.ShippedResources;
import org.glyphgan.gan.StyleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the model and classifier shipped in the plugin jar, or a model file, with messages that name the fix. */
final class ModelResources {
    private static final Logger LOG = LoggerFactory.getLogger(ModelResources.class);
    /** Classpath location of the shipped GAN model file. */
    static final String MODEL_RESOURCE = ShippedResources.MODEL;
    /** Classpath location of the shipped character classifier. */
    static final String CLASSIFIER_RESOURCE = ShippedResources.CLASSIFIER;

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
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new GlyphGanException("Model file " + file.toAbsolutePath() + " is truncated or not a glyphgan model ("
                    + cause.getMessage() + "); pass a model zip written by the train command", e);
        }
    }

    /**
     * Returns a scorer backed by the shipped classifier when the jar has one that reads the model's
     * bitmap size. Without it, candidates are ranked by realism alone and every classifier
     * confidence is NaN, which is logged as a warning; a damaged classifier raises.
     */
    static CharacterScorer shippedScorer(StyleModel model) {
        CharacterClassifier classifier = shippedClassifier();
        if (classifier == null) {
            LOG.warn("The shipped classifier {} is missing; candidates are ranked by realism alone", CLASSIFIER_RESOURCE);
            return CharacterScorer.NONE;
        }
        if (classifier.sizePx() != model.sizePx()) {
            LOG.warn("The shipped classifier reads {} px glyphs but the model draws {} px; candidates are ranked by"
                    + " realism alone", classifier.sizePx(), model.sizePx());
            return CharacterScorer.NONE;
        }
        return new ClassifierScorer(classifier);
    }

    /** Loads the shipped classifier through a temporary file, since it loads only from a file; null when absent. */
    private static CharacterClassifier shippedClassifier() {
        try {
            Optional<Path> temporary = ShippedResources.copyToTemporaryFile(CLASSIFIER_RESOURCE);
            if (temporary.isEmpty()) {
                return null;
            }
            try {
                return CharacterClassifier.load(temporary.get());
            } finally {
                Files.deleteIfExists(temporary.get());
            }
        } catch (IOException | RuntimeException e) {
            throw new GlyphGanException("The shipped classifier " + CLASSIFIER_RESOURCE + " cannot be read ("
                    + e.getMessage() + "); rebuild the plugin jar", e);
        }
    }
}
