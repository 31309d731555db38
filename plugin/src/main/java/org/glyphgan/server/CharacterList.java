package org.glyphgan.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the {@code chars} field of a generate request into distinct code points in typed order. */
final class CharacterList {
    private CharacterList() {
    }

    /** Returns the code points of {@code chars} without whitespace, each once, in typed order. */
    static List<Integer> codePoints(String chars, int maxCodePoints) {
        Set<Integer> codePoints = new LinkedHashSet<>();
        chars.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(codePoints::add);
        if (codePoints.isEmpty()) {
            throw new ApiException(400, "Field 'chars' has no characters: type the characters to draw, e.g. \"Hamburg\"");
        }
        if (codePoints.size() > maxCodePoints) {
            throw new ApiException(400, "Field 'chars' has " + codePoints.size() + " distinct characters: at most "
                    + maxCodePoints + " per request");
        }
        return new ArrayList<>(codePoints);
    }
}
