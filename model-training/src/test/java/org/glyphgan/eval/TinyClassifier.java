package org.glyphgan.eval;

import java.util.List;

/** One tiny classifier trained once per test JVM on two fonts and twenty characters. */
final class TinyClassifier {
    static final int SIZE_PX = 32;
    /** Twenty distinct characters keep training fast; the network still has all 94 outputs. */
    static final List<Integer> CHARACTERS = "AEHKMOSTXZaegkmosx?&".chars().boxed().toList();
    static final ClassifierConfig CONFIG = new ClassifierConfig(40, 16, 5e-3, 4, 32, 0, 11L);

    /** Mean loss of each training epoch, in order. */
    static final List<Double> EPOCH_LOSSES = new java.util.ArrayList<>();

    private static CharacterClassifier instance;

    private TinyClassifier() {
    }

    static synchronized CharacterClassifier get() {
        if (instance == null) {
            List<java.nio.file.Path> fonts = List.of(TestGlyphs.SANS, TestGlyphs.SERIF);
            instance = new ClassifierTrainer(CONFIG).train(
                    TestGlyphs.dataset("train", SIZE_PX, fonts, CHARACTERS).samples(), SIZE_PX,
                    (epoch, classifier, meanLoss, seconds) -> EPOCH_LOSSES.add(meanLoss));
        }
        return instance;
    }
}
