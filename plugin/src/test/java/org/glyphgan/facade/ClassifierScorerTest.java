package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.eval.BasicLatin;
import org.glyphgan.eval.CharacterClassifier;
import org.glyphgan.eval.ClassifierConfig;
import org.glyphgan.eval.ClassifierTrainer;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;

class ClassifierScorerTest {
    @Test
    void confidenceIsIntendedCharactersProbability() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
        List<GlyphSample> samples = "AHox".codePoints()
                .mapToObj(cp -> new GlyphSample("sans", cp, TinyModels.render(font, cp))).toList();
        ClassifierConfig config = new ClassifierConfig(1, 4, 1e-3, 2, 8, 0, 3L);
        CharacterClassifier classifier = new ClassifierTrainer(config).train(samples, 64, (epoch, c, loss, s) -> { });
        ClassifierScorer scorer = new ClassifierScorer(classifier);
        GrayBitmap a = TinyModels.render(font, 'A');
        GrayBitmap accented = TinyModels.render(font, 0xC5);
        double[] confidences = scorer.confidences(List.of(a, accented, a), List.of((int) 'A', 0xC5, (int) 'x'));
        float[] probabilities = classifier.probabilities(List.of(a))[0];
        assertEquals(probabilities[BasicLatin.indexOf('A')], confidences[0], 1e-6);
        assertTrue(Double.isNaN(confidences[1]), "U+00C5 is outside the classifier's characters");
        assertEquals(probabilities[BasicLatin.indexOf('x')], confidences[2], 1e-6);
    }
}
