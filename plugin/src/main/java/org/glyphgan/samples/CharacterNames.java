package org.glyphgan.samples;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the character a sample file is named after. Accepted names (the file name without its
 * extension): the character itself ({@code A}, {@code a}, {@code 7}); a code point
 * ({@code U+0041}, {@code u+0041}, {@code uni0041}); or a letter with its case spelled out
 * ({@code upper-A}, {@code lower-a}), for file systems where {@code A.png} and {@code a.png} are
 * the same file.
 */
final class CharacterNames {
    private static final Pattern CODE_POINT = Pattern.compile("(?:u\\+|uni)([0-9a-f]{4,6})");
    private static final Pattern CASED_LETTER = Pattern.compile("(upper|lower)-(\\p{L})");

    private CharacterNames() {
    }

    /** Returns the code point named by {@code stem}, or empty when it follows none of the rules. */
    static OptionalInt parse(String stem) {
        if (stem.codePointCount(0, stem.length()) == 1) {
            return OptionalInt.of(stem.codePointAt(0));
        }
        Matcher codePoint = CODE_POINT.matcher(stem.toLowerCase(Locale.ROOT));
        if (codePoint.matches()) {
            int value = Integer.parseInt(codePoint.group(1), 16);
            return value <= Character.MAX_CODE_POINT ? OptionalInt.of(value) : OptionalInt.empty();
        }
        Matcher cased = CASED_LETTER.matcher(stem);
        if (cased.matches() && cased.group(2).codePointCount(0, cased.group(2).length()) == 1) {
            int letter = cased.group(2).codePointAt(0);
            boolean upper = cased.group(1).equals("upper");
            return OptionalInt.of(upper ? Character.toUpperCase(letter) : Character.toLowerCase(letter));
        }
        return OptionalInt.empty();
    }

    /** Returns the file name without its last extension. */
    static String stemOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String hint() {
        return "name each file after its character: A.png, U+0041.png, uni0041.png, upper-A.png or lower-a.png";
    }
}
