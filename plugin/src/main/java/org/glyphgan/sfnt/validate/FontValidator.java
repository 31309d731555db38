package org.glyphgan.sfnt.validate;

import java.nio.file.Path;

/**
 * Checks one font file and returns a verdict. A malformed font gives a failing verdict, and
 * {@link FontValidators#run} turns any exception that still escapes into one.
 */
public interface FontValidator {
    String name();

    ValidatorVerdict validate(Path font);
}
