package org.glyphgan.sfnt.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs FontForge's {@code glyph.validate(True)} on every glyph (through {@code /usr/bin/python3}
 * and the fontforge module) and reports the OR of the masks. The bits are FontForge's
 * {@code validation_state} values, checked against fontforge-nox 20230101 here by validating
 * hand-made bad glyphs. The font fails when any bit of {@link #FAILING_BITS} is set: open contour
 * (0x2), self-intersection (0x4), wrong direction (0x8), flipped references (0x10), invalid glyph
 * name (0x200), more points or contours than maxp declares (0x400, 0x800), points too far apart
 * (0x40000), non-integral coordinates (0x80000), duplicate glyph name (0x200000) or duplicate
 * Unicode (0x400000). Missing points at extrema (0x20) is reported but passes, because traced and
 * converted quadratic outlines often lack them and renderers do not need them; so do the
 * PostScript-only limits (0x80, 0x100).
 */
public final class FontForgeValidator implements FontValidator {
    public static final String NAME = "fontforge";
    public static final int FAILING_BITS =
            0x2 | 0x4 | 0x8 | 0x10 | 0x200 | 0x400 | 0x800 | 0x40000 | 0x80000 | 0x200000 | 0x400000;
    /** FontForge's "validation state is known" flag, which is not a finding. */
    private static final long VALIDATED_BIT = 0x1;
    private static final String SCRIPT = String.join("\n",
            "import sys, fontforge",
            "font = fontforge.open(sys.argv[1])",
            "total = 0",
            "bad = []",
            "for glyph in font.glyphs():",
            "    mask = glyph.validate(True)",
            "    total |= mask",
            "    if mask & " + FAILING_BITS + ":",
            "        bad.append('%s=0x%x' % (glyph.glyphname, mask))",
            "print('mask=0x%x' % total)",
            "print('failing=' + ','.join(bad[:20]))");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ValidatorVerdict validate(Path font) {
        ExternalCommand.Result result = ExternalCommand.run(
                List.of("/usr/bin/python3", "-c", SCRIPT, font.toString()), Duration.ofSeconds(60));
        if (result.failure() != null) {
            return ValidatorVerdict.fail(NAME, result.failure());
        }
        String stdout = result.stdout();
        int maskStart = stdout.indexOf("mask=0x");
        if (result.exitCode() != 0 || maskStart < 0) {
            return ValidatorVerdict.fail(NAME, "exit " + result.exitCode() + ": " + result.output());
        }
        String maskText = stdout.substring(maskStart + 7).lines().findFirst().orElse("0").strip();
        long mask = Long.parseLong(maskText, 16);
        int failingStart = stdout.indexOf("failing=");
        String failing = failingStart < 0 ? ""
                : stdout.substring(failingStart + "failing=".length()).lines().findFirst().orElse("").strip();
        String detail = detail(mask, failing);
        return (mask & FAILING_BITS) == 0 ? ValidatorVerdict.pass(NAME, detail) : ValidatorVerdict.fail(NAME, detail);
    }

    /**
     * Words the verdict: the mask, then either that it is clean or holds only allowed findings, or the
     * failing checks and the glyphs that fail them.
     *
     * @param failingGlyphs comma-separated {@code name=0xMASK} of up to 20 failing glyphs, or empty
     */
    static String detail(long mask, String failingGlyphs) {
        String prefix = "validation mask 0x" + Long.toHexString(mask);
        mask &= ~VALIDATED_BIT;
        if (mask == 0) {
            return prefix + ": no findings";
        }
        if ((mask & FAILING_BITS) == 0) {
            return prefix + ": only " + describe(mask) + ", which " + ((mask & (mask - 1)) == 0 ? "is" : "are")
                    + " allowed";
        }
        String detail = prefix + ": fails " + describe(mask & FAILING_BITS);
        if ((mask & ~FAILING_BITS) != 0) {
            detail += " (also allowed " + describe(mask & ~FAILING_BITS) + ")";
        }
        return failingGlyphs.isEmpty() ? detail : detail + "; failing glyphs " + failingGlyphs;
    }

    /** Names the set bits of {@code mask}, comma-separated; bits without a name are given in hex. */
    private static String describe(long mask) {
        String[][] names = {
            {"2", "open contour"}, {"4", "self-intersection"}, {"8", "wrong direction"},
            {"10", "flipped references"}, {"20", "missing extrema"}, {"200", "invalid glyph name"},
            {"400", "more points than maxp"}, {"800", "more contours than maxp"},
            {"40000", "points too far apart"}, {"80000", "non-integral coordinates"},
            {"200000", "duplicate glyph name"}, {"400000", "duplicate unicode"},
            {"80", "too many points for PostScript"}, {"100", "too many hints for PostScript"},
        };
        StringBuilder text = new StringBuilder();
        long unnamed = mask;
        for (String[] entry : names) {
            long bit = Long.parseLong(entry[0], 16);
            if ((mask & bit) != 0) {
                text.append(text.length() == 0 ? "" : ", ").append(entry[1]);
                unnamed &= ~bit;
            }
        }
        if (unnamed != 0) {
            text.append(text.length() == 0 ? "" : ", ").append("other checks 0x").append(Long.toHexString(unnamed));
        }
        return text.toString();
    }
}
