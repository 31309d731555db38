package org.glyphgan.sfnt.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glyphgan.sfnt.FontSummary;

/** The full validator set, in order from the cheapest in-process checks to the external tools. */
public final class FontValidators {
    private FontValidators() {
    }

    /** Every validator; {@code expected} (when present) lets FontBox compare with what was written. */
    public static List<FontValidator> all(Optional<FontSummary> expected, String sample) {
        return List.of(
                new SfntStructureValidator(),
                new FontBoxValidator(expected),
                new JdkFontValidator(sample),
                new OtsSanitizeValidator(),
                new FontToolsValidator(),
                new FtlintValidator(),
                new FontForgeValidator());
    }

    public static List<ValidatorVerdict> run(Path font, List<FontValidator> validators) {
        return validators.stream().map(validator -> validator.validate(font)).toList();
    }
}
