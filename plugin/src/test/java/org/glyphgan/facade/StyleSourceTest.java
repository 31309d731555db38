package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StyleSourceTest {
    @Test
    void parsesEveryForm() {
        assertEquals(new StyleSource.Named("fira-sans"), StyleSource.parse("fira-sans"));
        assertEquals(new StyleSource.Random(42), StyleSource.parse("random:42"));
        assertEquals(new StyleSource.Mix("a", "b", 0.25), StyleSource.parse("mix:a, b, 0.25"));
        assertEquals(new StyleSource.Custom("mine"), StyleSource.parse("custom:mine"));
    }

    @Test
    void labelParsesBack() {
        for (String spec : new String[] {"fira-sans", "random:-3", "mix:a,b,0.5", "custom:mine"}) {
            StyleSource source = StyleSource.parse(spec);
            assertEquals(source, StyleSource.parse(source.label()), spec);
        }
    }

    @Test
    void invalidSpecsNameTheFix() {
        assertMessage("random:x", "the random seed must be an integer");
        assertMessage("mix:a,b", "a mix needs two style names and a weight");
        assertMessage("mix:a,b,heavy", "the mix weight 'heavy' is not a number");
        assertMessage("mix:a,b,1.5", "Invalid mix weight 1.5");
        assertMessage("custom:", "The custom style name is empty");
        assertMessage(" ", "The style is empty");
    }

    private static void assertMessage(String spec, String expected) {
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> StyleSource.parse(spec));
        assertTrue(e.getMessage().contains(expected), spec + ": " + e.getMessage());
    }
}
