package org.glyphgan.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The corpus manifest {@code fonts/manifest.json}: every font file with its family, style, kind,
 * licence, source, checksum and split, plus the neutral base font used for content glyphs.
 *
 * @param version  manifest format version
 * @param baseFont {@code file} of the base font entry
 * @param fonts    the entries, in manifest order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CorpusManifest(int version, String baseFont, List<ManifestEntry> fonts) {
    public static final String FILE_NAME = "manifest.json";
    public static final Set<String> SPLITS = Set.of("train", "validation", "test");

    public CorpusManifest {
        fonts = List.copyOf(fonts);
    }

    /** Reads and validates {@code manifest.json} in {@code fontsDir}. */
    public static CorpusManifest read(Path fontsDir) throws IOException {
        Path path = fontsDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(path)) {
            throw new IOException("Font manifest not found: " + path + "; pass the corpus folder with --fonts");
        }
        CorpusManifest manifest = new ObjectMapper().readValue(path.toFile(), CorpusManifest.class);
        manifest.validate(path.toString());
        return manifest;
    }

    /**
     * Parses and validates a manifest from {@code in}, such as the copy in the plugin jar.
     *
     * @param source where the manifest came from, named in error messages
     * @throws IOException when the JSON is malformed or an entry breaks the rules that {@link #read} checks
     */
    public static CorpusManifest parse(InputStream in, String source) throws IOException {
        CorpusManifest manifest = new ObjectMapper().readValue(in, CorpusManifest.class);
        manifest.validate(source);
        return manifest;
    }

    /** Entries of one split ({@code train}, {@code validation}, {@code test}), in manifest order. */
    public List<ManifestEntry> split(String split) {
        if (!SPLITS.contains(split)) {
            throw new IllegalArgumentException("Unknown split '" + split + "', expected one of " + SPLITS);
        }
        return fonts.stream().filter(entry -> entry.split().equals(split)).toList();
    }

    /** Returns the base font entry. */
    public ManifestEntry baseEntry() {
        return find(baseFont).orElseThrow();
    }

    public Optional<ManifestEntry> find(String file) {
        return fonts.stream().filter(entry -> entry.file().equals(file)).findFirst();
    }

    private void validate(String source) throws IOException {
        Map<String, String> splitByFamily = new HashMap<>();
        for (ManifestEntry entry : fonts) {
            if (entry.file() == null || entry.sha256() == null || entry.family() == null || entry.split() == null) {
                throw new IOException("Manifest " + source + " has an entry without file, family, sha256 or split: " + entry);
            }
            if (!SPLITS.contains(entry.split())) {
                throw new IOException("Manifest " + source + ": font " + entry.file() + " has unknown split '"
                        + entry.split() + "', expected one of " + SPLITS);
            }
            String previous = splitByFamily.putIfAbsent(entry.family(), entry.split());
            if (previous != null && !previous.equals(entry.split())) {
                throw new IOException("Manifest " + source + ": family " + entry.family() + " is in both the "
                        + previous + " and " + entry.split() + " splits; a family must stay in one split");
            }
        }
        if (baseFont == null || find(baseFont).isEmpty()) {
            throw new IOException("Manifest " + source + ": baseFont '" + baseFont + "' is not one of its fonts");
        }
    }
}
