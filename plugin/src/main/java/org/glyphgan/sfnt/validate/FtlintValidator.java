package org.glyphgan.sfnt.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs FreeType's {@code ftlint 12 FILE}, which loads and renders every glyph at 12 ppem. ftlint
 * (freetype2-demos 2.13) exits 0 even for broken fonts, so the verdict reads its output: a clean
 * font ends with "OK." and a broken one prints "error = 0x..." lines.
 */
public final class FtlintValidator implements FontValidator {
    public static final String NAME = "ftlint";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ValidatorVerdict validate(Path font) {
        ExternalCommand.Result result = ExternalCommand.run(
                List.of("ftlint", "12", font.toString()), Duration.ofSeconds(30));
        if (result.failure() != null) {
            return ValidatorVerdict.fail(NAME, result.failure());
        }
        String output = result.output();
        List<String> errors = output.lines().filter(line -> line.contains("error")).limit(10).toList();
        if (result.exitCode() != 0 || !errors.isEmpty() || !output.strip().endsWith("OK.")) {
            String detail = errors.isEmpty() ? output : String.join("; ", errors);
            return ValidatorVerdict.fail(NAME, "exit " + result.exitCode() + ": " + detail.strip());
        }
        return ValidatorVerdict.pass(NAME, "every glyph loads and renders at 12 ppem (OK.)");
    }
}
