package org.glyphgan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StyleOptionsTest {
    @Test
    void trainingFontNamesBecomeReadable() {
        assertEquals("DejaVuSans Bold", StyleOptions.readable("dejavu-sans/DejaVuSans-Bold.ttf"));
        assertEquals("playfair display latin 400 italic",
                StyleOptions.readable("playfair-display/playfair-display-latin-400-italic.woff"));
        assertEquals("serif", StyleOptions.readable("serif"));
        assertEquals("DejaVuSans", StyleOptions.readable("dejavu-sans/DejaVuSans.ttf "));
        assertEquals("foo", StyleOptions.readable("foo/.ttf"));
        assertEquals("my fonts", StyleOptions.readable("my-fonts/"));
        assertEquals("Style", StyleOptions.readable("/.ttf"));
        assertEquals("Style", StyleOptions.readable("-_-"));
        assertEquals("Style", StyleOptions.readable("!!!"));
        assertEquals("foo", StyleOptions.readable("foo/..."));
        assertEquals("Style", StyleOptions.readable("***/.woff2"));
        assertEquals("foo", StyleOptions.readable("foo/\u00a0.ttf"));
        assertEquals("foo", StyleOptions.readable("foo/\u200b.ttf"));
        assertEquals("ctl", StyleOptions.readable("ctl\u0001/.ttf"));
        assertEquals("bar", StyleOptions.readable("foo/bar.TTF"));
        assertEquals("Mon Font", StyleOptions.readable("Mon\u00a0Font.otf"));
    }

    @Test
    void namedStyleFamilyDropsTheRepeatedStyleWord() {
        assertEquals("Glyphgan Roboto", named("roboto/Roboto-Regular.ttf").defaultFamily("Regular"));
        assertEquals("Glyphgan Roboto Bold", named("roboto/Roboto-Bold.ttf").defaultFamily("Regular"));
        assertEquals("Glyphgan Roboto", named("roboto/Roboto-BoldItalic.ttf").defaultFamily("Bold Italic"));
        assertEquals("Glyphgan Regular", named("Regular.ttf").defaultFamily("Regular"));
    }

    @Test
    void corpusFontFamilyUsesManifestNames() {
        assertEquals("Glyphgan Mali Bold", named("mali/mali-latin-700-normal.woff").defaultFamily("Regular"));
        assertEquals("Glyphgan Mali", named("mali/mali-latin-700-normal.woff").defaultFamily("Bold"));
        assertEquals("Glyphgan DejaVu Sans Bold", named("dejavu-sans/DejaVuSans-Bold.ttf").defaultFamily("Regular"));
        assertEquals("Glyphgan DejaVu Sans", named("dejavu-sans/DejaVuSans.ttf").defaultFamily("Regular"));
    }

    @Test
    void longFamilyKeepsStyleWords() {
        String italic = named("liberation-serif/LiberationSerif-Italic.ttf").defaultFamily("Regular");
        String regular = named("liberation-serif/LiberationSerif-Regular.ttf").defaultFamily("Regular");

        assertEquals("Glyphgan Liberation Italic", italic);
        assertEquals("Glyphgan Liberation Serif", regular);
        assertEquals("Glyphgan IBM Plex Bold Italic",
                named("ibm-plex-sans/ibm-plex-sans-latin-700-italic.woff").defaultFamily("Regular"));
        assertEquals("Glyphgan IBM Plex Sans Bold",
                named("ibm-plex-sans/ibm-plex-sans-latin-700-italic.woff").defaultFamily("Italic"));
    }

    @Test
    void trainingFontNoteNamesManifestFont() {
        assertEquals(", learned from the training font Mali Bold", named("mali/mali-latin-700-normal.woff").trainingFontNote());
        assertEquals("", named("my-fonts/MyFont-Bold.ttf").trainingFontNote());
        StyleOptions random = new StyleOptions();
        random.randomSeed = 7L;
        assertEquals("", random.trainingFontNote());
    }

    @Test
    void unknownStyleFamilyUsesFileName() {
        assertEquals("Glyphgan MyFont Bold", named("my-fonts/MyFont-Bold.ttf").defaultFamily("Regular"));
        assertEquals("Glyphgan DejaVuSans Bold", named("other/DejaVuSans-Bold.ttf").defaultFamily("Regular"));
    }

    @Test
    void otherSourcesGetShortFamilies() {
        StyleOptions mix = new StyleOptions();
        mix.mix = "roboto/Roboto-Bold.ttf,eb-garamond/EBGaramond12-Italic.otf,0.5";
        assertEquals("Glyphgan Mix", mix.defaultFamily("Regular"));
        StyleOptions random = new StyleOptions();
        random.randomSeed = 7L;
        assertEquals("Glyphgan Random 7", random.defaultFamily("Regular"));
        StyleOptions samples = new StyleOptions();
        samples.samples = List.of(Path.of("a.png"));
        assertEquals("Glyphgan Samples", samples.defaultFamily("Regular"));
        StyleOptions custom = new StyleOptions();
        custom.custom = "my-hand";
        assertEquals("Glyphgan my-hand", custom.defaultFamily("Regular"));
    }

    @Test
    void longFamiliesAreCutAtAWordWithin31Characters() {
        String family = named("playfair-display/playfair-display-latin-400-italic.woff").defaultFamily("Regular");
        assertEquals("Glyphgan Playfair Italic", family);
        String unknown = named("other/playfair-display-latin-400-italic.woff").defaultFamily("Regular");
        assertEquals("Glyphgan playfair display latin", unknown);
        assertTrue(unknown.length() <= StyleOptions.MAX_FAMILY_LENGTH, unknown);
        StyleOptions custom = new StyleOptions();
        custom.custom = "a".repeat(64);
        assertEquals(StyleOptions.MAX_FAMILY_LENGTH, custom.defaultFamily("Regular").length());
    }

    private static StyleOptions named(String name) {
        StyleOptions options = new StyleOptions();
        options.named = name;
        return options;
    }
}
