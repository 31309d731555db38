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

    /**
     * Returns "Family-Style" with every disallowed character removed. A name over
     * {@link #MAX_LENGTH} characters loses the end of its family part, so the style stays readable. A
     * style of {@link #MAX_LENGTH} characters or more is cut too, keeping one family character.
     */
    public static String of(String familyName, String styleName) {
        String family = sanitize(familyName);
        if (family.isEmpty()) {
            throw new IllegalArgumentException("The family name '" + familyName
                    + "' has no printable ASCII letters left for the PostScript name (name ID 6);"
                    + " include some ASCII letters in the family name");
        }
        String style = sanitize(styleName);
        String suffix = style.isEmpty() ? "" : "-" + style;
        if (suffix.length() >= MAX_LENGTH) {
            suffix = suffix.substring(0, MAX_LENGTH - 1);
        }
        int familyRoom = MAX_LENGTH - suffix.length();
        return (family.length() <= familyRoom ? family : family.substring(0, familyRoom)) + suffix;
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
