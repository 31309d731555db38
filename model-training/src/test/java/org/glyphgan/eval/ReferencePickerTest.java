package org.glyphgan.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferencePickerTest {
    private static final List<Integer> ALL = BasicLatin.codePoints();

    @Test
    void pickIsDistinctSortedAndAvailable() {
        List<Integer> picked = ReferencePicker.pick(ALL, 8, 1L, "font-a");

        assertEquals(8, picked.size());
        assertEquals(8, new HashSet<>(picked).size());
        assertTrue(ALL.containsAll(picked));
        for (int i = 1; i < picked.size(); i++) {
            assertTrue(picked.get(i - 1) < picked.get(i), picked.toString());
        }
    }

    @Test
    void pickIsFixedBySeedAndFont() {
        assertEquals(ReferencePicker.pick(ALL, 8, 1L, "font-a"), ReferencePicker.pick(ALL, 8, 1L, "font-a"));
        assertNotEquals(ReferencePicker.pick(ALL, 8, 1L, "font-a"), ReferencePicker.pick(ALL, 8, 2L, "font-a"));
        assertNotEquals(ReferencePicker.pick(ALL, 8, 1L, "font-a"), ReferencePicker.pick(ALL, 8, 1L, "font-b"));
    }

    @Test
    void pickIgnoresInputOrder() {
        List<Integer> reversed = new java.util.ArrayList<>(ALL);
        java.util.Collections.reverse(reversed);
        assertEquals(ReferencePicker.pick(ALL, 8, 5L, "font-a"), ReferencePicker.pick(reversed, 8, 5L, "font-a"));
    }

    @Test
    void pickRejectsTooFewCharacters() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReferencePicker.pick(List.of(65, 66, 67), 3, 1L, "font-a"));
        assertTrue(error.getMessage().contains("font-a"), error.getMessage());
    }
}
