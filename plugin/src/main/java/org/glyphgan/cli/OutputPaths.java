package org.glyphgan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks output paths before a long job starts, so that a bad path fails in seconds, not at the end. */
final class OutputPaths {
    private OutputPaths() {
    }

    /** Checks that a font file can be written at {@code target}: not a folder, in a writable folder. */
    static void checkFontTarget(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("Cannot write font file " + absolute + ": it is a folder; give a file path such as "
                    + absolute.resolve("traced.ttf"));
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("Cannot write font file " + absolute + ": directory " + parent
                    + " does not exist; create it or choose another output path");
        }
        if (!Files.isWritable(parent)) {
            throw new IOException("Cannot write font file " + absolute + ": directory " + parent
                    + " is not writable; choose a writable output path");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new IOException("Cannot write font file " + absolute + ": the existing file is read-only;"
                    + " remove it or choose another output path");
        }
    }
}
