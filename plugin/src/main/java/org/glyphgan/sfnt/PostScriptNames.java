package org.glyphgan.sfnt;

/**
 * Builds name ID 6: printable ASCII (33..126) without {@code [](){}<>/%}, at most 63 characters,
 * as the OpenType spec requires of a PostScript name.
 */
public final class PostScriptNames {
    public static final int MAX_LENGTH = 63;
    private static final String FORBIDDEN = "[](){}<>/%";

    private PostScriptNames() {
    }

    /** Returns "Family-Style" with every disallowed character removed. */
    public static String of(String familyName, String styleName) {
        String family = sanitize(familyName);
        if (family.isEmpty()) {
            throw new IllegalArgumentException("The family name '" + familyName
                    + "' has no printable ASCII letters left for the PostScript name (name ID 6);"
                    + " include some ASCII letters in the family name");
        }
        String style = sanitize(styleName);
        String name = style.isEmpty() ? family : family + "-" + style;
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }

    static String sanitize(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 33 && c <= 126 && FORBIDDEN.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
