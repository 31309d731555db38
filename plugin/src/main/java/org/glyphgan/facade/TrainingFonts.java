package org.glyphgan.facade;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.glyphgan.corpus.CorpusManifest;
import org.glyphgan.corpus.ManifestEntry;

/**
 * Family, style and kind of the training fonts behind the shipped model's named styles, read once
 * from the copy of {@code fonts/manifest.json} that the build puts in the plugin jar. A named style
 * is a manifest {@code file}, such as {@code mali/mali-latin-700-normal.woff}.
 */
public final class TrainingFonts {
    /** Classpath location of the corpus manifest, copied from {@code fonts/manifest.json} by plugin/pom.xml. */
    static final String MANIFEST_RESOURCE = "/org/glyphgan/model/corpus/manifest.json";

    private static Map<String, ManifestEntry> byFile;

    private TrainingFonts() {
    }

    /**
     * Returns the training font's family and style, e.g. "Mali Bold" for
     * {@code mali/mali-latin-700-normal.woff}, or empty for a style name that is not in the manifest,
     * such as a style of a model trained on another corpus.
     *
     * @throws GlyphGanException when the manifest resource is missing or malformed
     */
    public static Optional<String> readableName(String styleName) {
        return font(styleName).map(entry -> entry.family() + " " + entry.style());
    }

    /**
     * Returns the training font's kind ({@code sans}, {@code serif}, {@code slab}, {@code mono},
     * {@code script} or {@code display}), or empty for a style name that is not in the manifest.
     *
     * @throws GlyphGanException when the manifest resource is missing or malformed
     */
    public static Optional<String> kind(String styleName) {
        return font(styleName).map(ManifestEntry::kind);
    }

    /**
     * Returns the manifest entry of the training font behind a named style, or empty for a style name
     * that is not in the manifest.
     *
     * @throws GlyphGanException when the manifest resource is missing or malformed
     */
    public static Optional<ManifestEntry> font(String styleName) {
        return Optional.ofNullable(entries().get(styleName));
    }

    /** Loads the manifest on first use. A failed load is not cached, so every later call raises it again. */
    private static synchronized Map<String, ManifestEntry> entries() {
        if (byFile == null) {
            try (InputStream in = TrainingFonts.class.getResourceAsStream(MANIFEST_RESOURCE)) {
                byFile = load(in, MANIFEST_RESOURCE);
            } catch (IOException e) {
                throw invalid(MANIFEST_RESOURCE, "failed to close (" + e.getMessage() + ")", e);
            }
        }
        return byFile;
    }

    /**
     * Parses a corpus manifest into its entries by file. Every entry needs a style and a kind as
     * well as the fields that {@link CorpusManifest#parse} checks.
     *
     * @param in       the manifest, or null when the resource is missing
     * @param resource the resource name for error messages
     * @throws GlyphGanException naming {@code resource} when {@code in} is null, or the manifest is malformed
     */
    static Map<String, ManifestEntry> load(InputStream in, String resource) {
        if (in == null) {
            throw invalid(resource, "is missing from the classpath", null);
        }
        CorpusManifest manifest;
        try {
            manifest = CorpusManifest.parse(in, resource);
        } catch (IOException e) {
            throw invalid(resource, "is malformed (" + e.getMessage() + ")", e);
        }
        Map<String, ManifestEntry> entries = new HashMap<>();
        for (ManifestEntry entry : manifest.fonts()) {
            if (isBlank(entry.style()) || isBlank(entry.kind())) {
                throw invalid(resource, "has an entry without a style or kind: " + entry.file(), null);
            }
            entries.put(entry.file(), entry);
        }
        return Map.copyOf(entries);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static GlyphGanException invalid(String resource, String problem, Exception cause) {
        return new GlyphGanException("The corpus manifest " + resource + " " + problem + "; rebuild the plugin"
                + " jar with Maven, which copies it from fonts/manifest.json", cause);
    }
}
