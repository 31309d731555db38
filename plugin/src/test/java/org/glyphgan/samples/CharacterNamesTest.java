package org.glyphgan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CharacterNamesTest {
    @Test
    void acceptedNames() {
        Map<String, Integer> cases = Map.of("A", 0x41, "a", 0x61, "U+0041", 0x41, "u+00e9", 0xE9, "uni0041", 0x41,
                "uni1F600", 0x1F600, "upper-a", 0x41, "lower-A", 0x61, "upper-é", 0xC9, "%", 0x25);
        cases.forEach((name, codePoint) -> assertEquals(codePoint, CharacterNames.parse(name).orElseThrow(), name));
    }

    @Test
    void rejectedNames() {
        for (String name : new String[] {"", "AB", "letter", "U+", "U+12", "uni", "U+110000", "upper-", "upper-ab",
                "upper-1"}) {
            assertTrue(CharacterNames.parse(name).isEmpty(), name);
        }
    }

    @Test
    void stemDropsLastExtension() {
        assertEquals("A", CharacterNames.stemOf("A.png"));
        assertEquals("sheet.v2", CharacterNames.stemOf("sheet.v2.png"));
        assertEquals(".png", CharacterNames.stemOf(".png"));
    }
}
