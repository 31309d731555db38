package org.glyphgan.sfnt;

import java.util.Locale;

/**
 * The style bits derived from a style name, kept consistent across head.macStyle, OS/2
 * fsSelection and usWeightClass, and name IDs 2 and 17.
 */
record FontStyle(boolean bold, boolean italic, int weightClass, boolean ribbi) {
    static FontStyle parse(String styleName) {
        String lower = styleName.toLowerCase(Locale.ROOT);
        boolean italic = lower.contains("italic") || lower.contains("oblique");
        int weightClass = weightClassOf(lower);
        boolean bold = weightClass == 700;
        String withoutSlant = lower.replace("italic", "").replace("oblique", "").trim();
        boolean ribbi = withoutSlant.isEmpty() || withoutSlant.equals("regular") || withoutSlant.equals("bold");
        return new FontStyle(bold, italic, weightClass, ribbi);
    }

    /** head.macStyle: bit 0 bold, bit 1 italic. */
    int macStyle() {
        return (bold ? 1 : 0) | (italic ? 2 : 0);
    }

    /** OS/2 fsSelection: bit 0 ITALIC, bit 5 BOLD, bit 6 REGULAR, bit 7 USE_TYPO_METRICS. */
    int fsSelection() {
        int bits = 1 << 7;
        if (italic) {
            bits |= 1;
        }
        if (bold) {
            bits |= 1 << 5;
        }
        if (!italic && !bold) {
            bits |= 1 << 6;
        }
        return bits;
    }

    /** Returns the name ID 2 subfamily for a RIBBI style: Regular, Bold, Italic or Bold Italic. */
    String ribbiSubfamily() {
        if (bold && italic) {
            return "Bold Italic";
        }
        if (bold) {
            return "Bold";
        }
        return italic ? "Italic" : "Regular";
    }

    private static int weightClassOf(String lower) {
        String[][] names = {
            {"thin", "100"}, {"extralight", "200"}, {"ultralight", "200"}, {"light", "300"},
            {"medium", "500"}, {"semibold", "600"}, {"demibold", "600"}, {"extrabold", "800"},
            {"ultrabold", "800"}, {"black", "900"}, {"heavy", "900"}, {"bold", "700"},
        };
        String compact = lower.replace(" ", "").replace("-", "");
        for (String[] entry : names) {
            if (compact.contains(entry[0])) {
                return Integer.parseInt(entry[1]);
            }
        }
        return 400;
    }
}
