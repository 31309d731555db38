package org.glyphgan.samples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.glyphgan.raster.GrayBitmap;

/**
 * Turns image files, letter sheets and SVG drawings into {@link ImageSample}s: decodes the pixels,
 * finds the ink and looks up the base font's glyph for the named character.
 */
final class ImageSampleReader {
    private static final int MAX_SIDECAR_BYTES = 64 * 1024;

    private final SampleLimits limits;
    private final ImageDecoder decoder;

    ImageSampleReader(SampleLimits limits) {
        this.limits = limits;
        this.decoder = new ImageDecoder(limits);
    }

    /** Reads one image file named after its character. */
    ImageSample readImage(Path file, byte[] bytes) throws SampleProblem {
        String fileName = file.getFileName().toString();
        int codePoint = codePointOf(fileName);
        GrayBitmap ink = decoder.decode(bytes, fileName);
        String canvas = "image " + ink.widthPx() + "x" + ink.heightPx();
        return sample(fileName, codePoint, ink, canvas);
    }

    /** Reads an SVG drawing named after its character; see {@link SvgSamples}. */
    ImageSample readSvg(Path file, byte[] bytes) throws SampleProblem {
        String fileName = file.getFileName().toString();
        int codePoint = codePointOf(fileName);
        SvgSamples.Rendered rendered = SvgSamples.render(bytes, fileName, limits);
        GrayBitmap ink = ImageDecoder.normalizePaper(rendered.ink(), fileName);
        return sample(fileName, codePoint, ink, "svg " + rendered.verticalFrame());
    }

    /**
     * Reads a letter sheet: the image split into equal cells by the grid its sidecar lists (see
     * {@link SheetLayout}). Cells that cannot be used are reported in {@code warnings}.
     */
    List<ImageSample> readSheet(Path file, byte[] bytes, Path sidecar, List<String> warnings) throws SampleProblem {
        String fileName = file.getFileName().toString();
        SheetLayout layout = SheetLayout.parse(readSidecar(sidecar));
        if (layout.columnCount() == 0) {
            throw new SampleProblem(sidecar.getFileName() + ": the sheet's character list is empty; write the"
                    + " characters of each grid row on one line, for example ABCD");
        }
        GrayBitmap sheet = decoder.decode(bytes, fileName);
        int rows = layout.rowCount();
        int columns = layout.columnCount();
        if (sheet.widthPx() < columns * 4 || sheet.heightPx() < rows * 4) {
            throw new SampleProblem(fileName + ": the sheet is " + sheet.widthPx() + "x" + sheet.heightPx()
                    + " px, too small for " + rows + " rows and " + columns + " columns listed in "
                    + sidecar.getFileName() + "; check the character list");
        }
        List<ImageSample> samples = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            List<String> cells = layout.rows().get(row);
            for (int column = 0; column < cells.size(); column++) {
                String where = fileName + " row " + (row + 1) + " column " + (column + 1);
                try {
                    GrayBitmap cell = crop(sheet, column * sheet.widthPx() / columns, row * sheet.heightPx() / rows,
                            (column + 1) * sheet.widthPx() / columns, (row + 1) * sheet.heightPx() / rows);
                    samples.add(sheetCell(where, cells.get(column), cell, fileName));
                } catch (SampleProblem problem) {
                    warnings.add(problem.getMessage());
                }
            }
        }
        return samples;
    }

    private ImageSample sheetCell(String where, String name, GrayBitmap cell, String fileName) throws SampleProblem {
        OptionalInt codePoint = CharacterNames.parse(name);
        if (codePoint.isEmpty()) {
            throw new SampleProblem(where + ": '" + name + "' is not a character or character name;"
                    + " write the character itself, U+0041 or uni0041");
        }
        ImageSample sample = sample(where, codePoint.getAsInt(), cell, "sheet " + fileName);
        if (sample.inkBox().touchesEdge(cell)) {
            throw new SampleProblem(where + ": the letter touches the cell's edge, so the grid may not match the"
                    + " drawing; leave a margin in every cell and check that " + fileName
                    + " has as many rows and columns as its character list");
        }
        return sample;
    }

    private ImageSample sample(String source, int codePoint, GrayBitmap ink, String canvas) throws SampleProblem {
        Optional<ReferenceGlyph> reference = ReferenceGlyphs.of(codePoint);
        if (reference.isEmpty()) {
            throw new SampleProblem(source + ": " + describe(codePoint) + " is outside the characters image"
                    + " samples can be scaled by (U+0021 to U+007E); use a font file for other characters");
        }
        Optional<InkBox> inkBox = InkBox.of(ink);
        if (inkBox.isEmpty()) {
            throw new SampleProblem(source + ": the image is empty (no ink); draw " + describe(codePoint)
                    + " in dark ink on a light or transparent background");
        }
        return new ImageSample(source, codePoint, ink, inkBox.get(), canvas, reference.get());
    }

    private static int codePointOf(String fileName) throws SampleProblem {
        String stem = CharacterNames.stemOf(fileName);
        OptionalInt codePoint = CharacterNames.parse(stem);
        if (codePoint.isEmpty()) {
            throw new SampleProblem(fileName + ": unknown character name '" + stem + "'; " + CharacterNames.hint());
        }
        return codePoint.getAsInt();
    }

    private String readSidecar(Path sidecar) throws SampleProblem {
        try {
            byte[] bytes = SampleImporter.readCapped(sidecar, MAX_SIDECAR_BYTES);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SampleProblem(sidecar.getFileName() + ": the character list is not UTF-8 text;"
                    + " save it as UTF-8", e);
        } catch (IOException e) {
            throw new SampleProblem(sidecar.getFileName() + ": could not read the character list ("
                    + e.getMessage() + ")", e);
        }
    }

    private static GrayBitmap crop(GrayBitmap source, int left, int top, int right, int bottom) {
        GrayBitmap cell = GrayBitmap.blank(right - left, bottom - top);
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                cell.set(x - left, y - top, source.get(x, y));
            }
        }
        return cell;
    }

    static String describe(int codePoint) {
        return String.format("U+%04X '%s'", codePoint, new String(Character.toChars(codePoint)));
    }
}
