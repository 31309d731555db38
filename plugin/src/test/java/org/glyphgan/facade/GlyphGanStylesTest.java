package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named style descriptions of {@link GlyphGan#styles()}: the shipped model's come from the corpus manifest. */
@Tag("shipped")
class GlyphGanStylesTest {
    @TempDir
    static Path stylesDir;
    private static GlyphGan shipped;

    @BeforeAll
    static void openShipped() {
        shipped = GlyphGan.openShipped(stylesDir);
    }

    @AfterAll
    static void close() {
        shipped.close();
    }

    @Test
    void everyShippedStyleIsInManifest() {
        List<StyleInfo> named = shipped.styles().stream().filter(style -> style.kind().equals(StyleInfo.NAMED)).toList();
        assertFalse(named.isEmpty(), "the shipped model has no named styles");
        for (StyleInfo style : named) {
            assertTrue(TrainingFonts.readableName(style.name()).isPresent(),
                    style.name() + " is not in " + TrainingFonts.MANIFEST_RESOURCE);
        }
    }

    @Test
    void fontsourceStyleDescribedByFamily() {
        assertEquals(new StyleInfo("mali/mali-latin-700-normal.woff", StyleInfo.NAMED,
                "learned from the training font Mali Bold (script)"), find("mali/mali-latin-700-normal.woff"));
    }

    @Test
    void debianStyleDescribedByFamily() {
        assertEquals(new StyleInfo("dejavu-sans/DejaVuSans-Bold.ttf", StyleInfo.NAMED,
                "learned from the training font DejaVu Sans Bold (sans)"), find("dejavu-sans/DejaVuSans-Bold.ttf"));
    }

    @Test
    void unknownStyleKeepsItsName() {
        try (GlyphGan tiny = GlyphGan.open(TinyModels.shared(), stylesDir)) {
            assertEquals(new StyleInfo("serif", StyleInfo.NAMED, "learned from the training font serif"),
                    tiny.styles().get(0));
        }
    }

    private static StyleInfo find(String name) {
        return shipped.styles().stream().filter(style -> style.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not a named style of the shipped model"));
    }
}
