package org.glyphgan.sfnt.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glyphgan.sfnt.FontSummary;

/** The full validator set, in order from the cheapest in-process checks to the external tools. */
public final class FontValidators {
    /** The string the JDK validator draws when the caller has no sample of its own. */
    public static final String DEFAULT_SAMPLE = "Hamburgefonstiv";

    private FontValidators() {
    }

    /** Returns every validator; {@code expected}, when present, lets FontBox compare with what was written. */
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

    /** Runs each validator on {@code font}, turning an unexpected exception into a failing verdict. */
    public static List<ValidatorVerdict> run(Path font, List<FontValidator> validators) {
        return validators.stream().map(validator -> runOne(font, validator)).toList();
    }

    /**
     * Prints one verdict line per validator for each font file named on the command line and exits
     * with status 1 when any verdict failed.
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("Usage: FontValidators FONT.ttf...");
            System.exit(2);
        }
        boolean allPassed = true;
        for (String arg : args) {
            Path font = Path.of(arg);
            System.out.println(font);
            for (ValidatorVerdict verdict : run(font, all(Optional.empty(), DEFAULT_SAMPLE))) {
                System.out.println("  " + verdict);
                allPassed &= verdict.passed();
            }
        }
        System.exit(allPassed ? 0 : 1);
    }

    private static ValidatorVerdict runOne(Path font, FontValidator validator) {
        try {
            return validator.validate(font);
        } catch (RuntimeException e) {
            return ValidatorVerdict.fail(validator.name(), "the validator failed with " + e);
        }
    }
}
