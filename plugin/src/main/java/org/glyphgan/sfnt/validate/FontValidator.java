package org.glyphgan.sfnt.validate;

import java.nio.file.Path;

/** Checks one font file and returns a verdict; it never throws for a bad font. */
public interface FontValidator {
    String name();

    ValidatorVerdict validate(Path font);
}
