package org.glyphgan.roundtrip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.CorpusManifest;
import org.glyphgan.corpus.FontLoadException;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.corpus.ManifestEntry;

/** Finds the font a user names: a file path, or a {@code file} id from the corpus manifest. */
public final class FontSources {
    /** System property that overrides the corpus folder. */
    public static final String FONTS_DIR_PROPERTY = "glyphgan.fonts.dir";

    private FontSources() {
    }

    /** Returns the corpus folder: the {@value #FONTS_DIR_PROPERTY} property, or {@code fonts} in the working directory. */
    public static Path defaultFontsDir() {
        return Path.of(System.getProperty(FONTS_DIR_PROPERTY, "fonts"));
    }

    /**
     * Loads {@code font}: an existing file is loaded as is (TTF, OTF or WOFF 1.0); otherwise the
     * name is looked up as a {@code file} id in {@code fontsDir}'s manifest and loaded with its
     * SHA-256 checked.
     *
     * @throws FontLoadException when the file is neither found nor listed, or is not a readable font
     */
    public static CorpusFont load(String font, Path fontsDir, FontLoader loader) throws FontLoadException {
        Path path = Path.of(font);
        if (Files.isRegularFile(path)) {
            return loader.loadFile(path);
        }
        if (Files.isDirectory(path)) {
            throw new FontLoadException("Font file " + font + " is a directory; give a .ttf, .otf or .woff file");
        }
        Optional<ManifestEntry> entry = manifestEntry(font, fontsDir);
        if (entry.isPresent()) {
            return loader.load(fontsDir, entry.get());
        }
        throw new FontLoadException("Font file " + font + " not found, and " + fontsDir.resolve(CorpusManifest.FILE_NAME)
                + " lists no font with that file id; give an existing font file path or a manifest file id"
                + " such as fira-sans/fira-sans-latin-400-normal.woff");
    }

    private static Optional<ManifestEntry> manifestEntry(String file, Path fontsDir) throws FontLoadException {
        if (!Files.isRegularFile(fontsDir.resolve(CorpusManifest.FILE_NAME))) {
            return Optional.empty();
        }
        try {
            return CorpusManifest.read(fontsDir).find(file);
        } catch (IOException e) {
            throw new FontLoadException("Manifest " + fontsDir.resolve(CorpusManifest.FILE_NAME)
                    + " could not be read: " + e.getMessage(), e);
        }
    }
}
