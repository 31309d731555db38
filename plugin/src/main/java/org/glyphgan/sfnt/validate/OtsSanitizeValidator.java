package org.glyphgan.sfnt.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs {@code ots-sanitize FILE OUT} (the OpenType Sanitizer that browsers use). It passes only
 * on exit 0 with no output other than its "File sanitized successfully!" line, because OTS prints
 * warnings (dropped tables, fixed fields) even when it succeeds.
 */
public final class OtsSanitizeValidator implements FontValidator {
    public static final String NAME = "ots-sanitize";
    private static final String SUCCESS_LINE = "File sanitized successfully!";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ValidatorVerdict validate(Path font) {
        Path sanitized = null;
        try {
            sanitized = Files.createTempFile("glyphgan-ots", ".ttf");
            ExternalCommand.Result result = ExternalCommand.run(
                    List.of("ots-sanitize", font.toString(), sanitized.toString()), Duration.ofSeconds(30));
            if (result.failure() != null) {
                return ValidatorVerdict.fail(NAME, result.failure());
            }
            String output = result.output().replace(SUCCESS_LINE, "").strip();
            if (result.exitCode() != 0 || !output.isEmpty()) {
                return ValidatorVerdict.fail(NAME, "exit " + result.exitCode() + ": " + output);
            }
            return ValidatorVerdict.pass(NAME, "exit 0, no warnings");
        } catch (IOException e) {
            return ValidatorVerdict.fail(NAME, "cannot create the output file: " + e.getMessage());
        } finally {
            if (sanitized != null) {
                sanitized.toFile().delete();
            }
        }
    }
}
