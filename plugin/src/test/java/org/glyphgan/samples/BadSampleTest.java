package org.glyphgan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unusable samples become warnings naming the file and the problem while other samples are
 * usable, and a {@link SampleException} naming the files and the fix when none is.
 */
class BadSampleTest {
    @TempDir
    Path folder;

    private final SampleImporter importer = new SampleImporter(SampleFixtures.BOX);

    @BeforeEach
    void writeGoodSamples() {
        for (int codePoint : "Hx".codePoints().toArray()) {
            SampleFixtures.writeImage(SampleFixtures.drawLetter(codePoint, 80, 180, 180, 30, 120), "png",
                    folder.resolve(ImageSampleImportTest.fileName(codePoint) + ".png"));
        }
    }

    /** Imports the good samples plus {@code bad} and returns the one warning about it. */
    private String warningFor(Path bad) {
        SampleSet samples = importer.importSamples(List.of(folder.resolve("upper-H.png"),
                folder.resolve("lower-x.png"), bad));
        assertEquals(List.of((int) 'H', (int) 'x'), samples.codePoints());
        assertEquals(1, samples.warnings().size(), samples.warnings().toString());
        String warning = samples.warnings().get(0);
        assertTrue(warning.contains(bad.getFileName().toString()), warning);
        return warning;
    }

    @Test
    void emptyImageWarns() throws IOException {
        BufferedImage blank = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = blank.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 100, 100);
        graphics.dispose();
        Path file = folder.resolve("o.png");
        ImageIO.write(blank, "png", file.toFile());

        assertTrue(warningFor(file).contains("the image is empty"));
    }

    @Test
    void unknownCharacterNameWarns() {
        Path file = folder.resolve("letter-h.png");
        SampleFixtures.writeImage(SampleFixtures.drawLetter('h', 80, 180, 180, 30, 120), "png", file);

        String warning = warningFor(file);

        assertTrue(warning.contains("unknown character name 'letter-h'"), warning);
        assertTrue(warning.contains("U+0041.png"), warning);
    }

    @Test
    void characterOutsideBasicLatinWarns() {
        Path file = folder.resolve("U+00E9.png");
        SampleFixtures.writeImage(SampleFixtures.drawLetter('e', 80, 180, 180, 30, 120), "png", file);

        assertTrue(warningFor(file).contains("U+00E9 'é' is outside"));
    }

    @Test
    void corruptPngWarns() throws IOException {
        byte[] png = pngBytes();
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 3);
        Path file = folder.resolve("o.png");
        Files.write(file, truncated);

        assertTrue(warningFor(file).contains("damaged or unreadable"));
    }

    @Test
    void unsupportedTypeWarns() throws IOException {
        Path file = folder.resolve("o.doc");
        Files.write(file, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5});

        assertTrue(warningFor(file).contains("unsupported file type"));
    }

    @Test
    void strayTextFileWarns() throws IOException {
        Path file = folder.resolve("notes.txt");
        Files.writeString(file, "ABC\n");

        assertTrue(warningFor(file).contains("character list of a sheet image"));
    }

    @Test
    void sheetListWithoutSheetWarns() throws IOException {
        Path list = folder.resolve("sheet.txt");
        Files.writeString(list, "Ho\n");
        SampleFixtures.writeImage(SampleFixtures.drawLetter('o', 60, 120, 120, 20, 90), "png",
                folder.resolve("sheet.png"));

        String warning = warningFor(list);

        assertTrue(warning.contains("character list of the sheet sheet.png, which was not given"), warning);
    }

    @Test
    void missingFileWarns() {
        assertTrue(warningFor(folder.resolve("missing.png")).contains("not found"));
    }

    @Test
    void oversizedImageAndFileRejected() throws IOException {
        SampleImporter strict = new SampleImporter(SampleFixtures.BOX, new SampleLimits(20_000, 200));
        Path large = folder.resolve("o.png");
        SampleFixtures.writeImage(SampleFixtures.drawLetter('o', 80, 400, 160, 30, 120), "png", large);
        Path heavy = folder.resolve("n.bmp");
        SampleFixtures.writeImage(SampleFixtures.drawLetter('n', 60, 120, 120, 20, 90), "bmp", heavy);

        SampleSet samples = strict.importSamples(List.of(folder.resolve("upper-H.png"), large, heavy));

        assertEquals(List.of((int) 'H'), samples.codePoints());
        assertTrue(samples.warnings().get(0).contains("400x160 px, outside the limit of 1 to 200 px"),
                samples.warnings().toString());
        assertTrue(samples.warnings().get(1).contains("above the limit of 20000 bytes"), samples.warnings().toString());
    }

    @Test
    void noUsableSampleThrows() throws IOException {
        Path junk = folder.resolve("o.png");
        Files.write(junk, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        Path unnamed = folder.resolve("drawing.png");
        Files.write(unnamed, pngBytes());

        SampleException error = assertThrows(SampleException.class,
                () -> importer.importSamples(List.of(junk, unnamed)));

        String message = error.getMessage();
        assertTrue(message.startsWith("No usable samples in " + junk + ", " + unnamed), message);
        assertTrue(message.contains("o.png: the image is damaged"), message);
        assertTrue(message.contains("drawing.png: unknown character name"), message);
        assertTrue(message.contains("see docs/samples.md"), message);
    }

    @Test
    void missingInputIsNamedOnce() {
        Path missing = folder.resolve("nope");

        SampleException error = assertThrows(SampleException.class, () -> importer.importSamples(List.of(missing)));

        assertTrue(error.getMessage().startsWith("No usable samples in " + missing + ": not found"), error.getMessage());
        assertEquals(error.getMessage().indexOf(missing.toString()), error.getMessage().lastIndexOf(missing.toString()),
                error.getMessage());
    }

    @Test
    void emptyInputListThrows() {
        SampleException error = assertThrows(SampleException.class, () -> importer.importSamples(List.of()));

        assertTrue(error.getMessage().contains("no sample files were found"), error.getMessage());
    }

    @Test
    void deeplyNestedSvgWarns() throws IOException {
        Path file = folder.resolve("o.svg");
        int depth = 200_000;
        Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                + "<g>".repeat(depth) + "</g>".repeat(depth) + "</svg>");

        assertTrue(warningFor(file).contains("nests elements more than 256 levels deep"));
    }

    @Test
    void svgWithScriptWarns() throws IOException {
        Path file = folder.resolve("o.svg");
        Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                + "<script>alert(1)</script><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>");

        assertTrue(warningFor(file).contains("may not contain <script>"));
    }

    @Test
    void svgExternalReferenceNeverFetched() throws IOException {
        try (LoopbackCounter server = new LoopbackCounter()) {
            Path image = folder.resolve("o.svg");
            Files.writeString(image, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                    + " viewBox=\"0 0 10 10\"><image width=\"10\" height=\"10\" xlink:href=\"" + server.url("/o.png")
                    + "\"/></svg>");
            Path fill = folder.resolve("n.svg");
            Files.writeString(fill, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                    + "<rect width=\"8\" height=\"8\" style=\"fill: url('" + server.url("/fill.svg#p") + "')\"/></svg>");

            assertTrue(warningFor(image).contains("may only link to #fragments"));
            assertTrue(warningFor(fill).contains("may only use url(#fragment)"));
            assertEquals(0, server.connections());
        }
    }

    @Test
    void svgEntityAndDoctypeNeverFetched() throws IOException {
        try (LoopbackCounter server = new LoopbackCounter()) {
            Path entity = folder.resolve("o.svg");
            Files.writeString(entity, "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e SYSTEM \""
                    + server.url("/entity") + "\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&e;</text></svg>");
            Path doctype = folder.resolve("n.svg");
            Files.writeString(doctype, "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"" + server.url("/svg11.dtd")
                    + "\"><svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"8\" height=\"8\"/></svg>");

            assertTrue(warningFor(entity).contains("DOCTYPE or entity declarations are rejected"));
            assertTrue(warningFor(doctype).contains("DOCTYPE or entity declarations are rejected"));
            assertEquals(0, server.connections());
        }
    }

    private static byte[] pngBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(SampleFixtures.drawLetter('o', 80, 180, 180, 30, 120), "png", out);
        return out.toByteArray();
    }
}
