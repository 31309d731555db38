package org.glyphgan.sfnt.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Opens the font with fontTools {@code TTFont(path, checkChecksums=2)} decompiles every table,
 * and expands every glyph's coordinates. */
public final class FontToolsValidator implements FontValidator {
    public static final String NAME = "fonttools";
    private static final String SCRIPT = String.join("\n",
            "import sys",
            "from fontTools.ttLib import TTFont",
            "f = TTFont(sys.argv[1], checkChecksums=2)",
            "for tag in f.keys():",
            "    f[tag]",
            "glyf = f['glyf']",
            "for name in f.getGlyphOrder():",
            "    glyf[name].getCoordinates(glyf)",
            "print('tables:', ' '.join(sorted(f.keys())))");

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
        if (result.exitCode() != 0 || !result.stderr().isBlank()) {
            return ValidatorVerdict.fail(NAME, "exit " + result.exitCode() + ": " + result.output());
        }
        return ValidatorVerdict.pass(NAME, result.stdout().strip());
    }
}
