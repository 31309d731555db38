package org.glyphgan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letter sheets split by their character list, and SVG drawings, match the base font in the em box. */
class SheetAndSvgImportTest {
    @TempDir
    Path folder;

    private final SampleImporter importer = new SampleImporter(SampleFixtures.BOX);

    @Test
    void sheetSplitIntoCells() throws IOException {
        List<String> rows = List.of("ABCD", "efgh", "xyz");
        writeSheet(rows, 70, "letters.png");
        Files.writeString(folder.resolve("letters.txt"), String.join("\n", rows) + "\n\n");

        SampleSet samples = importer.importSamples(List.of(folder));

        assertEquals(11, samples.glyphs().size(), samples.warnings().toString());
        assertTrue(samples.warnings().isEmpty(), samples.warnings().toString());
        ImageSampleImportTest.assertMatchesFont(samples);
    }

    @Test
    void sheetRowsWithCharacterNames() throws IOException {
        writeSheet(List.of("HI", "no"), 60, "names.png");
        Files.writeString(folder.resolve("names.txt"), "U+0048 uni0049\nn lower-o\n");

        SampleSet samples = importer.importSamples(List.of(folder.resolve("names.png")));

        assertEquals(List.of((int) 'H', (int) 'I', (int) 'n', (int) 'o'), samples.codePoints(),
                samples.warnings().toString());
        ImageSampleImportTest.assertMatchesFont(samples);
    }

    @Test
    void sheetWithUnknownCellNameWarns() throws IOException {
        writeSheet(List.of("HIx"), 60, "bad.png");
        Files.writeString(folder.resolve("bad.txt"), "H I letterX\n");

        SampleSet samples = importer.importSamples(List.of(folder));

        assertEquals(List.of((int) 'H', (int) 'I'), samples.codePoints());
        assertEquals(1, samples.warnings().size(), samples.warnings().toString());
        assertTrue(samples.warnings().get(0).contains("bad.png row 1 column 3"), samples.warnings().get(0));
        assertTrue(samples.warnings().get(0).contains("'letterX'"), samples.warnings().get(0));
    }

    @Test
    void svgDrawingsMatchFont() throws IOException {
        for (int codePoint : "Hxgo".codePoints().toArray()) {
            Files.writeString(folder.resolve(ImageSampleImportTest.fileName(codePoint) + ".svg"),
                    SampleFixtures.svgOf(codePoint));
        }
        Files.writeString(folder.resolve("uni0041.svg"), SampleFixtures.svgOf('A'));

        SampleSet samples = importer.importSamples(List.of(folder));

        assertEquals(List.of((int) 'A', (int) 'H', (int) 'g', (int) 'o', (int) 'x'), samples.codePoints(),
                samples.warnings().toString());
        ImageSampleImportTest.assertMatchesFont(samples);
    }

    /** Draws one letter per cell of {@code cellPx} square cells, baseline at 70 % of the cell height. */
    private void writeSheet(List<String> rows, int cellPx, String fileName) {
        int columns = rows.stream().mapToInt(String::length).max().orElseThrow();
        BufferedImage sheet = new BufferedImage(columns * cellPx, rows.size() * cellPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sheet.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        double pxPerEm = cellPx * 0.55;
        for (int row = 0; row < rows.size(); row++) {
            int[] codePoints = rows.get(row).codePoints().toArray();
            for (int column = 0; column < codePoints.length; column++) {
                SampleFixtures.fill(graphics, codePoints[column], pxPerEm, column * cellPx + 0.2 * cellPx,
                        row * cellPx + 0.7 * cellPx, Color.BLACK);
            }
        }
        graphics.dispose();
        SampleFixtures.writeImage(sheet, "png", folder.resolve(fileName));
    }
}
