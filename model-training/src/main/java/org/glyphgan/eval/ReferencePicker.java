package org.glyphgan.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Chooses the K reference characters of a held-out font. The choice depends only on the seed, the
 * font id and the font's available characters, so every method and every run gets the same ones.
 */
public final class ReferencePicker {
    private ReferencePicker() {
    }

    /** Returns {@code k} distinct code points of {@code available}, ascending. */
    public static List<Integer> pick(List<Integer> available, int k, long seed, String fontId) {
        if (k <= 0) {
            throw new IllegalArgumentException("The number of reference glyphs must be positive, got " + k);
        }
        if (available.size() <= k) {
            throw new IllegalArgumentException("Font " + fontId + " has " + available.size()
                    + " evaluated characters, too few to keep " + k + " as references and score the rest;"
                    + " lower --k or drop the font");
        }
        List<Integer> shuffled = new ArrayList<>(available);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random(fontSeed(seed, fontId)));
        List<Integer> picked = new ArrayList<>(shuffled.subList(0, k));
        Collections.sort(picked);
        return picked;
    }

    /** Derives a per-font seed; {@link String#hashCode()} is fixed by the Java specification. */
    public static long fontSeed(long seed, String fontId) {
        return seed * 1_000_003L + fontId.hashCode();
    }
}
