package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.glyphgan.corpus.ManifestEntry;
import org.junit.jupiter.api.Test;

/** The corpus manifest copied into the plugin jar, and its lookups by named style. */
class TrainingFontsTest {
    private static final String RESOURCE = "/test/manifest.json";

    @Test
    void fontsourceStyleHasFamilyAndStyle() {
        assertEquals(Optional.of("Mali Bold"), TrainingFonts.readableName("mali/mali-latin-700-normal.woff"));
        assertEquals(Optional.of("script"), TrainingFonts.kind("mali/mali-latin-700-normal.woff"));
    }

    @Test
    void debianStyleHasFamilyAndStyle() {
        assertEquals(Optional.of("DejaVu Sans Bold"), TrainingFonts.readableName("dejavu-sans/DejaVuSans-Bold.ttf"));
        assertEquals(Optional.of("sans"), TrainingFonts.kind("dejavu-sans/DejaVuSans-Bold.ttf"));
        assertEquals(Optional.of("Roboto Regular"), TrainingFonts.readableName("roboto/Roboto-Regular.ttf"));
    }

    @Test
    void unknownStyleIsEmpty() {
        assertEquals(Optional.empty(), TrainingFonts.readableName("my-fonts/MyFont-Bold.ttf"));
        assertEquals(Optional.empty(), TrainingFonts.kind("my-fonts/MyFont-Bold.ttf"));
        assertEquals(Optional.empty(), TrainingFonts.readableName("serif"));
    }

    @Test
    void resourceIsOnClasspath() {
        assertTrue(TrainingFonts.class.getResource(TrainingFonts.MANIFEST_RESOURCE) != null,
                TrainingFonts.MANIFEST_RESOURCE + " is not on the classpath; check the <resource> in plugin/pom.xml");
    }

    @Test
    void missingResourceNamesIt() {
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> TrainingFonts.load(null, RESOURCE));
        assertTrue(e.getMessage().contains("The corpus manifest " + RESOURCE + " is missing"), e.getMessage());
    }

    @Test
    void malformedJsonNamesResource() {
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> TrainingFonts.load(json("{\"fonts\": ["),
                RESOURCE));
        assertTrue(e.getMessage().contains("The corpus manifest " + RESOURCE + " is malformed"), e.getMessage());
    }

    @Test
    void manifestRulesStillApply() {
        String noBaseFont = "{\"version\": 1, \"baseFont\": \"b.ttf\", \"fonts\": [" + entry("a.ttf", "\"sans\"") + "]}";
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> TrainingFonts.load(json(noBaseFont),
                RESOURCE));
        assertTrue(e.getMessage().contains("baseFont 'b.ttf' is not one of its fonts"), e.getMessage());
    }

    @Test
    void entryWithoutKindIsRejected() {
        String noKind = "{\"version\": 1, \"baseFont\": \"a.ttf\", \"fonts\": [" + entry("a.ttf", "null") + "]}";
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> TrainingFonts.load(json(noKind), RESOURCE));
        assertTrue(e.getMessage().contains("has an entry without a style or kind: a.ttf"), e.getMessage());
    }

    @Test
    void validManifestLoadsByFile() {
        String valid = "{\"version\": 1, \"baseFont\": \"a.ttf\", \"fonts\": [" + entry("a.ttf", "\"mono\"") + "]}";
        Map<String, ManifestEntry> entries = TrainingFonts.load(json(valid), RESOURCE);
        assertEquals("Test Family", entries.get("a.ttf").family());
        assertEquals("mono", entries.get("a.ttf").kind());
    }

    private static String entry(String file, String kindJson) {
        return "{\"file\": \"" + file + "\", \"family\": \"Test Family\", \"style\": \"Regular\", \"kind\": "
                + kindJson + ", \"sha256\": \"00\", \"split\": \"train\"}";
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
