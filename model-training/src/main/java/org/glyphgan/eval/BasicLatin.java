package org.glyphgan.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The default character set of the evaluation and of the classifier's classes: the 94 printable
 * Basic Latin characters U+0021 '!' to U+007E '~' (space has no glyph to compare). Class index i
 * is code point U+0021 + i.
 */
public final class BasicLatin {
    public static final int FIRST_CODE_POINT = 0x21;
    public static final int LAST_CODE_POINT = 0x7E;
    public static final int SIZE = LAST_CODE_POINT - FIRST_CODE_POINT + 1;

    private BasicLatin() {
    }

    public static boolean contains(int codePoint) {
        return codePoint >= FIRST_CODE_POINT && codePoint <= LAST_CODE_POINT;
    }

    /** Returns the class index of {@code codePoint}, in [0, 94). */
    public static int indexOf(int codePoint) {
        if (!contains(codePoint)) {
            throw new IllegalArgumentException("Code point " + describe(codePoint)
                    + " is outside the evaluated set U+0021..U+007E");
        }
        return codePoint - FIRST_CODE_POINT;
    }

    /** Returns the code point of class {@code index}. */
    public static int codePointAt(int index) {
        if (index < 0 || index >= SIZE) {
            throw new IllegalArgumentException("Class index " + index + " is outside [0, " + SIZE + ")");
        }
        return FIRST_CODE_POINT + index;
    }

    /** Returns all code points of the set, ascending. */
    public static List<Integer> codePoints() {
        List<Integer> codePoints = new ArrayList<>(SIZE);
        for (int codePoint = FIRST_CODE_POINT; codePoint <= LAST_CODE_POINT; codePoint++) {
            codePoints.add(codePoint);
        }
        return codePoints;
    }

    /** Formats a code point for messages, for example {@code U+0041 'A'}. */
    public static String describe(int codePoint) {
        String hex = String.format("U+%04X", codePoint);
        return contains(codePoint) ? hex + " '" + new String(Character.toChars(codePoint)) + "'" : hex;
    }
}
