package org.glyphgan.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained CNN that names the Basic Latin character drawn in a glyph bitmap (see
 * {@link BasicLatin}). The evaluation uses it for content accuracy and for realism: the softmax
 * probability of the intended character. Safe for concurrent use, because inference is
 * serialized on the network.
 */
public final class CharacterClassifier {
    /** Key of the metadata entry that {@link #save} adds to the DL4J model zip. */
    static final String METADATA_KEY = "glyphgan-character-classifier";
    private static final String FORMAT = "glyphgan-character-classifier/1";
    private static final int INFERENCE_BATCH = 256;

    private final MultiLayerNetwork network;
    private final int sizePx;

    CharacterClassifier(MultiLayerNetwork network, int sizePx) {
        this.network = network;
        this.sizePx = sizePx;
    }

    /** Width and height of the glyphs this classifier reads, in pixels. */
    public int sizePx() {
        return sizePx;
    }

    /** Returns the softmax probabilities over the 94 characters, one row per glyph. */
    public float[][] probabilities(List<GrayBitmap> glyphs) {
        float[][] result = new float[glyphs.size()][];
        for (int start = 0; start < glyphs.size(); start += INFERENCE_BATCH) {
            int end = Math.min(glyphs.size(), start + INFERENCE_BATCH);
            INDArray features = GlyphFeatures.features(glyphs.subList(start, end), sizePx);
            INDArray output;
            synchronized (network) {
                output = network.output(features, false);
            }
            for (int i = start; i < end; i++) {
                result[i] = output.getRow(i - start).toFloatVector();
            }
        }
        return result;
    }

    /** Returns the code point of the most probable character for {@code glyph}. */
    public int predict(GrayBitmap glyph) {
        return BasicLatin.codePointAt(argMax(probabilities(List.of(glyph))[0]));
    }

    /** Returns the softmax probability that {@code glyph} shows {@code codePoint}, in [0, 1]. */
    public double confidence(GrayBitmap glyph, int codePoint) {
        return probabilities(List.of(glyph))[0][BasicLatin.indexOf(codePoint)];
    }

    /** Returns, per glyph, whether the most probable character is the intended one. */
    public boolean[] correct(List<GrayBitmap> glyphs, List<Integer> intendedCodePoints) {
        if (glyphs.size() != intendedCodePoints.size()) {
            throw new IllegalArgumentException("Got " + glyphs.size() + " glyphs but "
                    + intendedCodePoints.size() + " intended code points");
        }
        float[][] probabilities = probabilities(glyphs);
        boolean[] correct = new boolean[glyphs.size()];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = argMax(probabilities[i]) == BasicLatin.indexOf(intendedCodePoints.get(i));
        }
        return correct;
    }

    /** Returns the fraction of {@code samples} classified as their own code point, in [0, 1]. */
    public double accuracy(List<GlyphSample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("Cannot measure accuracy on zero glyphs");
        }
        List<GrayBitmap> glyphs = new ArrayList<>(samples.size());
        List<Integer> codePoints = new ArrayList<>(samples.size());
        for (GlyphSample sample : samples) {
            glyphs.add(sample.bitmap());
            codePoints.add(sample.codePoint());
        }
        int hits = 0;
        for (boolean hit : correct(glyphs, codePoints)) {
            hits += hit ? 1 : 0;
        }
        return (double) hits / samples.size();
    }

    /** Writes the network and its metadata to a temporary file, then renames it to {@code file}. */
    public void save(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            synchronized (network) {
                ModelSerializer.writeModel(network, temporary.toFile(), false);
            }
            ModelSerializer.addObjectToFile(temporary.toFile(), METADATA_KEY, FORMAT + ";sizePx=" + sizePx);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reads a classifier written by {@link #save}.
     *
     * @throws IOException if the file is missing, truncated, or not a classifier of this format
     */
    public static CharacterClassifier load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "classifier file not found; train one with the train-classifier command");
        }
        String metadata = readMetadata(file);
        if (!metadata.startsWith(FORMAT + ";sizePx=")) {
            throw new IOException("Classifier file " + file + " has format '" + metadata + "', expected "
                    + FORMAT + "; retrain it with the train-classifier command");
        }
        int sizePx = Integer.parseInt(metadata.substring((FORMAT + ";sizePx=").length()));
        MultiLayerNetwork network;
        try {
            network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new IOException("Failed to read the classifier network from " + file
                    + "; the file may be truncated, retrain it with the train-classifier command", e);
        }
        return new CharacterClassifier(network, sizePx);
    }

    private static String readMetadata(Path file) throws IOException {
        Object metadata;
        try {
            metadata = ModelSerializer.getObjectFromFile(file.toFile(), METADATA_KEY);
        } catch (RuntimeException e) {
            throw new IOException("File " + file + " is not a glyphgan character classifier (no readable "
                    + METADATA_KEY + " entry); train one with the train-classifier command", e);
        }
        if (!(metadata instanceof String)) {
            throw new IOException("File " + file + " has no " + METADATA_KEY
                    + " entry; train a classifier with the train-classifier command");
        }
        return (String) metadata;
    }

    private static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
