package org.glyphgan.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes uploaded sample files into a fresh temporary folder under their own names, because the
 * sample importer reads the character from the file name (A.png, U+0041.png, uni0041.svg).
 */
final class UploadedSamples {
    private static final int MAX_FILE_NAME_LENGTH = 100;

    private UploadedSamples() {
    }

    /** Saves {@code files} and returns the folder; the caller deletes it with {@link #delete}. */
    static Path save(List<MultipartForm.Part> files) throws IOException {
        if (files.isEmpty()) {
            throw new ApiException(400, "No sample files uploaded: attach glyph images such as A.png or U+0061.svg "
                    + "in the 'samples' field");
        }
        Set<String> names = new HashSet<>();
        List<String> checked = new ArrayList<>();
        for (MultipartForm.Part file : files) {
            String name = safeFileName(file.fileName());
            if (!names.add(name)) {
                throw new ApiException(400, "Sample file name '" + name + "' appears twice: upload each character once");
            }
            checked.add(name);
        }
        Path folder = Files.createTempDirectory("glyphgan-upload-");
        for (int i = 0; i < files.size(); i++) {
            Files.write(folder.resolve(checked.get(i)), files.get(i).content());
        }
        return folder;
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Returns the last path segment of {@code fileName}, or rejects it unless it has only letters, digits and {@code . _ + -}. */
    static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1);
        boolean safe = !name.isEmpty() && name.length() <= MAX_FILE_NAME_LENGTH && !name.startsWith(".")
                && name.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || "._+-".indexOf(cp) >= 0);
        if (!safe) {
            throw new ApiException(400, "Sample file name '" + fileName + "' is not allowed: name each file after its "
                    + "character with letters, digits, '.', '_', '+' or '-' only, e.g. A.png or U+0041.png");
        }
        return name;
    }
}
