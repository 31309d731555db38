package org.glyphgan.facade;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks output paths before anything is written, so a bad path fails with a clear message. */
final class OutputChecks {
    private OutputChecks() {
    }

    /**
     * Requires that {@code file} can be created or replaced: its nearest existing ancestor is a
     * writable folder, so the missing folders can be created.
     */
    static void requireWritableFile(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new GlyphGanException("Cannot write " + absolute + ": it is a folder; give a file path such as "
                    + absolute.resolve("font.ttf"));
        }
        Path parent = absolute.getParent();
        requireWritableAncestor(parent, absolute);
    }

    /** Requires that {@code folder} is a writable folder, or can be created as one. */
    static void requireWritableFolder(Path folder) {
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new GlyphGanException("Cannot write SVG files into " + absolute
                    + ": it is a regular file, not a folder; choose a folder path");
        }
        requireWritableAncestor(absolute, absolute);
    }

    /**
     * Finds the nearest existing folder at or above {@code path} and requires it to be a writable
     * folder rather than a regular file.
     */
    private static void requireWritableAncestor(Path path, Path target) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new GlyphGanException("Cannot write " + target + ": " + existing
                    + " is a regular file, not a folder; choose an output path in a writable folder");
        }
        if (!Files.isWritable(existing)) {
            throw new GlyphGanException("Cannot write " + target + ": folder " + existing
                    + " is not writable; choose an output path in a writable folder");
        }
    }
}
