package org.glyphgan.facade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glyphgan.eval.BasicLatin;
import org.glyphgan.eval.CharacterClassifier;
import org.glyphgan.raster.GrayBitmap;

/**
 * Scores glyphs with the evaluation's character classifier: the softmax probability of the
 * intended character. Characters outside Basic Latin U+0021–U+007E, which the classifier does
 * not know, get NaN. Thread-safe because the classifier serializes its inference.
 */
public final class ClassifierScorer implements CharacterScorer {
    private final CharacterClassifier classifier;

    public ClassifierScorer(CharacterClassifier classifier) {
        this.classifier = classifier;
    }

    public int sizePx() {
        return classifier.sizePx();
    }

    @Override
    public double[] confidences(List<GrayBitmap> glyphs, List<Integer> codePoints) {
        double[] confidences = new double[glyphs.size()];
        Arrays.fill(confidences, Double.NaN);
        List<GrayBitmap> known = new ArrayList<>();
        List<Integer> knownIndices = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            if (BasicLatin.contains(codePoints.get(i))) {
                known.add(glyphs.get(i));
                knownIndices.add(i);
            }
        }
        if (known.isEmpty()) {
            return confidences;
        }
        float[][] probabilities = classifier.probabilities(known);
        for (int k = 0; k < known.size(); k++) {
            int index = knownIndices.get(k);
            confidences[index] = probabilities[k][BasicLatin.indexOf(codePoints.get(index))];
        }
        return confidences;
    }
}
