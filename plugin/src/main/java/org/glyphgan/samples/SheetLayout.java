package org.glyphgan.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid of a letter sheet, read from its sidecar text file: one line per grid row, top to
 * bottom. A line without spaces lists its characters one per cell ({@code ABCDEF}); a line with
 * spaces lists one character name per cell ({@code A B U+0043 uni0044}), so a space character
 * never has to be typed. The number of columns is the longest line; shorter rows leave their
 * last cells empty. Blank lines at the end of the file are ignored; a blank line elsewhere is a
 * row of empty cells.
 *
 * @param rows the cells of each row, each a character or a character name as written
 */
record SheetLayout(List<List<String>> rows) {

    static SheetLayout parse(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(parseRow(line.strip()));
        }
        return new SheetLayout(List.copyOf(rows));
    }

    private static List<String> parseRow(String line) {
        if (line.isEmpty()) {
            return List.of();
        }
        if (line.chars().anyMatch(Character::isWhitespace)) {
            return List.of(line.split("\\s+"));
        }
        return line.codePoints().mapToObj(Character::toString).toList();
    }

    int rowCount() {
        return rows.size();
    }

    int columnCount() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
