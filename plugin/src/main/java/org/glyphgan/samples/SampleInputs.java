package org.glyphgan.samples;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Expands the files and folders a user gave into sample files. A folder contributes its own
 * files, sorted by name; sub-folders and hidden files (names starting with '.') are skipped.
 */
final class SampleInputs {
    private static final List<String> SIDECAR_IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "bmp",
            "PNG", "JPG", "JPEG", "GIF", "BMP");

    private SampleInputs() {
    }

    static List<Path> expand(List<Path> filesOrFolders, List<String> warnings) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : filesOrFolders) {
            if (Files.isDirectory(input)) {
                files.addAll(filesIn(input, warnings));
            } else if (Files.isRegularFile(input)) {
                files.add(input.toAbsolutePath().normalize());
            } else {
                warnings.add(input + ": not found or not a regular file; check the path");
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> filesIn(Path folder, List<String> warnings) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    warnings.add(entry + ": sub-folders are not read; give the folder itself as an input");
                } else if (Files.isRegularFile(entry)) {
                    files.add(entry.toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            warnings.add(folder + ": could not list the folder (" + e.getMessage() + ")");
        }
        files.sort(null);
        return files;
    }

    static boolean isText(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** Returns the character list {@code NAME.txt} next to image {@code NAME.png}, if there is one. */
    static Optional<Path> sidecarOf(Path image) {
        Path sidecar = image.resolveSibling(CharacterNames.stemOf(image.getFileName().toString()) + ".txt");
        return !sidecar.equals(image) && Files.isRegularFile(sidecar) ? Optional.of(sidecar) : Optional.empty();
    }

    /** Returns whether a text file is the character list of a sheet image next to it. */
    static boolean isSidecar(Path text) {
        return sheetImageOf(text).isPresent();
    }

    /** Returns the sheet image next to character list {@code NAME.txt}, such as {@code NAME.png}. */
    static Optional<Path> sheetImageOf(Path text) {
        String stem = CharacterNames.stemOf(text.getFileName().toString());
        return SIDECAR_IMAGE_EXTENSIONS.stream().map(ext -> text.resolveSibling(stem + "." + ext))
                .filter(Files::isRegularFile).findFirst();
    }
}
