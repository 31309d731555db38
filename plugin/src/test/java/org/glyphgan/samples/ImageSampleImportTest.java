package org.glyphgan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Letter images drawn at several scales come out matching the base font rendered in the em box. */
class ImageSampleImportTest {
    private static final String LETTERS = "AHxgopyk";

    @TempDir
    Path folder;

    private final SampleImporter importer = new SampleImporter(SampleFixtures.BOX);

    @ParameterizedTest
    @ValueSource(doubles = {40, 97, 230, 600})
    void imagesOnCommonCanvasMatchFont(double pxPerEm) {
        int sizePx = (int) Math.round(pxPerEm * 2.2);
        for (int codePoint : LETTERS.codePoints().toArray()) {
            BufferedImage image = SampleFixtures.drawLetter(codePoint, pxPerEm, sizePx, sizePx,
                    0.3 * pxPerEm, 1.4 * pxPerEm);
            SampleFixtures.writeImage(image, "png", folder.resolve(fileName(codePoint) + ".png"));
        }

        SampleSet samples = importer.importSamples(List.of(folder));

        assertEquals(LETTERS.length(), samples.glyphs().size(), samples.warnings().toString());
        assertTrue(samples.warnings().isEmpty(), samples.warnings().toString());
        assertEquals(SpacingHint.DEFAULT_SIDE_BEARING_EM, samples.spacing().sideBearingEm());
        assertMatchesFont(samples);
    }

    @Test
    void croppedImagesOfDifferentSizesMatchFont() {
        double pxPerEm = 120;
        for (int codePoint : LETTERS.codePoints().toArray()) {
            int margin = 7 + codePoint % 5;
            var bounds = SampleFixtures.outline(codePoint).getBounds2D();
            double scale = pxPerEm / SampleFixtures.baseFont().unitsPerEm();
            int widthPx = (int) Math.ceil(bounds.getWidth() * scale) + 2 * margin;
            int heightPx = (int) Math.ceil(bounds.getHeight() * scale) + 2 * margin;
            BufferedImage image = SampleFixtures.drawLetter(codePoint, pxPerEm, widthPx, heightPx,
                    margin - bounds.getMinX() * scale, margin + bounds.getMaxY() * scale);
            SampleFixtures.writeImage(image, "png", folder.resolve(fileName(codePoint) + ".png"));
        }

        SampleSet samples = importer.importSamples(List.of(folder));

        assertEquals(LETTERS.length(), samples.glyphs().size(), samples.warnings().toString());
        assertMatchesFont(samples);
    }

    @Test
    void baselineSharedAcrossCanvas() {
        for (int codePoint : "Hxgp".codePoints().toArray()) {
            BufferedImage image = SampleFixtures.drawLetter(codePoint, 100, 220, 220, 40, 150);
            SampleFixtures.writeImage(image, "png", folder.resolve(fileName(codePoint) + ".png"));
        }

        SampleSet samples = importer.importSamples(List.of(folder));

        int baselineRow = (int) Math.round(SampleFixtures.BOX.baselinePx());
        assertEquals(baselineRow, SampleFixtures.inkBottom(samples.glyphs().get((int) 'x')), 1);
        assertEquals(SampleFixtures.inkBottom(SampleFixtures.reference('g')),
                SampleFixtures.inkBottom(samples.glyphs().get((int) 'g')), 1);
    }

    @Test
    void sharedBaselineKeepsDrawnDescenderDepth() {
        for (int codePoint : "Hxo".codePoints().toArray()) {
            BufferedImage image = SampleFixtures.drawLetter(codePoint, 100, 220, 220, 40, 150);
            SampleFixtures.writeImage(image, "png", folder.resolve(fileName(codePoint) + ".png"));
        }
        BufferedImage deepP = SampleFixtures.drawLetter('p', 100, 220, 220, 40, 160);
        SampleFixtures.writeImage(deepP, "png", folder.resolve("lower-p.png"));

        SampleSet samples = importer.importSamples(List.of(folder));

        double shiftPx = 10 * SampleFixtures.BOX.pxPerEm() / 100;
        int referenceBottom = SampleFixtures.inkBottom(SampleFixtures.reference('p'));
        assertEquals(referenceBottom + shiftPx, SampleFixtures.inkBottom(samples.glyphs().get((int) 'p')), 1);
    }

    @Test
    void inconsistentBaselinesPlaceEachLetter() {
        int[] baselines = {150, 180};
        int[] codePoints = {'H', 'x'};
        for (int i = 0; i < codePoints.length; i++) {
            BufferedImage image = SampleFixtures.drawLetter(codePoints[i], 100, 220, 220, 40, baselines[i]);
            SampleFixtures.writeImage(image, "png", folder.resolve(fileName(codePoints[i]) + ".png"));
        }

        SampleSet samples = importer.importSamples(List.of(folder));

        int baselineRow = (int) Math.round(SampleFixtures.BOX.baselinePx());
        assertEquals(baselineRow, SampleFixtures.inkBottom(samples.glyphs().get((int) 'H')), 1);
        assertEquals(baselineRow, SampleFixtures.inkBottom(samples.glyphs().get((int) 'x')), 1);
    }

    @Test
    void alternativeNamesGiveCodePoints() {
        String[] names = {"U+0041", "uni0042", "upper-c", "lower-D", "u+0078"};
        int[] expected = {'A', 'B', 'C', 'd', 'x'};
        for (int i = 0; i < names.length; i++) {
            BufferedImage image = SampleFixtures.drawLetter(expected[i], 80, 180, 180, 30, 120);
            SampleFixtures.writeImage(image, "png", folder.resolve(names[i] + ".png"));
        }

        SampleSet samples = importer.importSamples(List.of(folder));

        assertEquals(List.of(0x41, 0x42, 0x43, 0x64, 0x78), samples.codePoints(), samples.warnings().toString());
    }

    @Test
    void transparentBackgroundAndJpegRead() {
        for (int codePoint : "Hxo".codePoints().toArray()) {
            BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
            Graphics2D graphics = image.createGraphics();
            SampleFixtures.fill(graphics, codePoint, 90, 30, 140, Color.BLACK);
            graphics.dispose();
            SampleFixtures.writeImage(image, "png", folder.resolve(fileName(codePoint) + ".png"));
        }
        BufferedImage scan = SampleFixtures.drawLetter('n', 90, 200, 200, 30, 140);
        Graphics2D tint = scan.createGraphics();
        tint.setXORMode(new Color(40, 40, 40));
        tint.fillRect(0, 0, 200, 200);
        tint.dispose();
        SampleFixtures.writeImage(scan, "jpeg", folder.resolve("n.jpg"));

        SampleSet samples = importer.importSamples(List.of(folder));

        assertEquals(List.of((int) 'H', (int) 'n', (int) 'o', (int) 'x'), samples.codePoints(),
                samples.warnings().toString());
        assertMatchesFont(samples);
    }

    @Test
    void typeDetectedFromContentNotExtension() {
        for (int codePoint : "Hx".codePoints().toArray()) {
            BufferedImage image = SampleFixtures.drawLetter(codePoint, 90, 200, 200, 30, 140);
            SampleFixtures.writeImage(image, "png", folder.resolve(fileName(codePoint) + ".jpg"));
        }

        SampleSet samples = importer.importSamples(List.of(folder.resolve("upper-H.jpg"), folder.resolve("lower-x.jpg")));

        assertEquals(List.of((int) 'H', (int) 'x'), samples.codePoints(), samples.warnings().toString());
    }

    static String fileName(int codePoint) {
        if (Character.isUpperCase(codePoint)) {
            return "upper-" + Character.toString(codePoint);
        }
        return Character.isLowerCase(codePoint) ? "lower-" + Character.toString(codePoint)
                : String.format("U+%04X", codePoint);
    }

    static void assertMatchesFont(SampleSet samples) {
        samples.glyphs().forEach((codePoint, bitmap) -> {
            GrayBitmap reference = SampleFixtures.reference(codePoint);
            double iou = SampleFixtures.iou(bitmap, reference);
            assertTrue(iou >= 0.8, String.format("IoU of %s with the font is %.3f, below 0.8",
                    Character.toString(codePoint), iou));
        });
    }
}
