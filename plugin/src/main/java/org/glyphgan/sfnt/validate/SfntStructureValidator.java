package org.glyphgan.sfnt.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the file with its own reader (not the writer's code) and checks the directory,
 * checksums, glyf/loca/maxp/head consistency, cmap format 4 rules, hhea/hmtx, OS/2 and name.
 */
public final class SfntStructureValidator implements FontValidator {
    public static final String NAME = "sfnt-structure";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ValidatorVerdict validate(Path font) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(font);
        } catch (IOException e) {
            return ValidatorVerdict.fail(NAME, "cannot read " + font + ": " + e.getMessage());
        }
        List<String> problems = problems(bytes);
        return problems.isEmpty()
                ? ValidatorVerdict.pass(NAME, "directory, checksums, glyf, cmap, metrics and names are consistent")
                : ValidatorVerdict.fail(NAME, String.join("; ", problems));
    }

    /** Returns every problem found in {@code bytes}, empty for a consistent file. */
    public static List<String> problems(byte[] bytes) {
        List<String> problems = new ArrayList<>();
        try {
            SfntFile file = new SfntFile(bytes);
            DirectoryChecks.check(file, problems);
            GlyfChecks.check(file, problems);
            CmapChecks.check(file, problems);
            MetricsChecks.check(file, problems);
        } catch (IndexOutOfBoundsException e) {
            problems.add("a read ran past the end of the data: the file is truncated or an offset is wrong");
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }
}
