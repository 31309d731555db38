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
        String detail = "validation mask 0x" + Long.toHexString(mask) + describe(mask)
                + " " + stdout.substring(stdout.indexOf("failing=")).strip();
        return (mask & FAILING_BITS) == 0 ? ValidatorVerdict.pass(NAME, detail) : ValidatorVerdict.fail(NAME, detail);
    }

    private static String describe(long mask) {
        String[][] names = {
            {"2", "open contour"}, {"4", "self-intersection"}, {"8", "wrong direction"},
            {"10", "flipped references"}, {"20", "missing extrema"}, {"200", "invalid glyph name"},
            {"400", "more points than maxp"}, {"800", "more contours than maxp"},
            {"40000", "points too far apart"}, {"80000", "non-integral coordinates"},
            {"200000", "duplicate glyph name"}, {"400000", "duplicate unicode"},
        };
        StringBuilder text = new StringBuilder();
        for (String[] entry : names) {
            if ((mask & Long.parseLong(entry[0], 16)) != 0) {
                text.append(text.length() == 0 ? " (" : ", ").append(entry[1]);
            }
        }
        return text.length() == 0 ? "" : text.append(')').toString();
    }
}
