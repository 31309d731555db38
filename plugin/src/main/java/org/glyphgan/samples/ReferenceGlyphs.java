package org.glyphgan.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ink bounds of the base font (DejaVu Sans) for U+0021–U+007E, read from the resource
 * {@code base-font-ink-bounds.txt}. Image samples carry no metrics, so their scale and baseline
 * are estimated by comparing their ink with these bounds. {@code ReferenceGlyphsTest} checks the
 * table against the font file.
 */
final class ReferenceGlyphs {
    static final String RESOURCE = "base-font-ink-bounds.txt";
    private static final Map<Integer, ReferenceGlyph> GLYPHS = load();

    private ReferenceGlyphs() {
    }

    static Optional<ReferenceGlyph> of(int codePoint) {
        return Optional.ofNullable(GLYPHS.get(codePoint));
    }

    static Map<Integer, ReferenceGlyph> all() {
        return GLYPHS;
    }

    private static Map<Integer, ReferenceGlyph> load() {
        try (InputStream in = ReferenceGlyphs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the plugin jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read resource " + RESOURCE, e);
        }
    }

    private static Map<Integer, ReferenceGlyph> parse(BufferedReader reader) throws IOException {
        Map<Integer, ReferenceGlyph> glyphs = new TreeMap<>();
        double unitsPerEm = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            String[] fields = line.strip().split("\\s+");
            if (line.startsWith("# unitsPerEm")) {
                unitsPerEm = Double.parseDouble(fields[2]);
            } else if (!line.startsWith("#") && !line.isBlank()) {
                int codePoint = Integer.parseInt(fields[0].substring(2), 16);
                glyphs.put(codePoint, new ReferenceGlyph(codePoint, Double.parseDouble(fields[1]) / unitsPerEm,
                        Double.parseDouble(fields[2]) / unitsPerEm, Double.parseDouble(fields[3]) / unitsPerEm,
                        Double.parseDouble(fields[4]) / unitsPerEm, Double.parseDouble(fields[5]) / unitsPerEm));
            }
        }
        return Collections.unmodifiableMap(glyphs);
    }
}
