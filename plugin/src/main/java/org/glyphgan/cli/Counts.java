package org.glyphgan.cli;

import java.util.Locale;

/** Wording helpers for console lines: counted nouns and characters shown with their code point. */
final class Counts {
    private Counts() {
    }

    /** Returns {@code "1 glyph"} or {@code "2 glyphs"}: the count and the noun, plural unless the count is 1. */
    static String of(int count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }

    /** Returns {@code U+005F '_'}, or only {@code U+0009} for a character that does not print. */
    static String character(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || !Character.isDefined(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return hex;
        }
        return hex + " '" + new String(Character.toChars(codePoint)) + "'";
    }
}
