package org.glyphgan.sfnt.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs FreeType's {@code ftlint 12 FILE}, which loads and renders every glyph at 12 ppem. ftlint
 * prints "OK." for a clean font and an error code per failing glyph otherwise.
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
        if (result.exitCode() != 0 || !output.contains("OK.")) {
            return ValidatorVerdict.fail(NAME, "exit " + result.exitCode() + ": " + output);
        }
        return ValidatorVerdict.pass(NAME, output.replaceAll("\\s+", " "));
    }
}
