package org.glyphgan.samples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GlyphRasterizer;
import org.glyphgan.raster.GrayBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns user samples into reference glyph bitmaps in the model's em box. Accepted inputs, detected
 * from the file's first bytes: images of single letters named after their character (PNG, JPEG,
 * GIF, BMP), letter sheets (an image with a {@code NAME.txt} character list), SVG drawings of
 * single letters, and fonts (TTF, OTF, WOFF 1.0). Fonts are rendered exactly with their own
 * metrics; images are scaled and aligned by {@link ImageNormalizer}. The rules are documented in
 * {@code docs/samples.md}.
 * <p>
 * A sample that cannot be used becomes a warning naming the file; only when no sample is usable
 * does {@link #importSamples} raise a {@link SampleException}.
 */
public final class SampleImporter {
    private static final Logger LOG = LoggerFactory.getLogger(SampleImporter.class);

    private final EmBox box;
    private final SampleLimits limits;
    private final ImageSampleReader imageReader;
    private final FontSamples fontSamples;

    public SampleImporter(EmBox emBox) {
        this(emBox, SampleLimits.defaults());
    }

    public SampleImporter(EmBox emBox, SampleLimits limits) {
        this.box = emBox;
        this.limits = limits;
        this.imageReader = new ImageSampleReader(limits);
        this.fontSamples = new FontSamples(new GlyphRasterizer(emBox), limits);
    }

    /** Imports every sample in {@code filesOrFolders}; see the class comment for the accepted kinds. */
    public SampleSet importSamples(List<Path> filesOrFolders) {
        List<String> warnings = new ArrayList<>();
        List<Path> files = SampleInputs.expand(filesOrFolders, warnings);
        Map<Integer, GrayBitmap> fontGlyphs = new LinkedHashMap<>();
        List<Double> sideBearingsEm = new ArrayList<>();
        List<ImageSample> images = new ArrayList<>();
        for (Path file : files) {
            try {
                readFile(file, files, fontGlyphs, sideBearingsEm, images, warnings);
            } catch (SampleProblem problem) {
                warnings.add(problem.getMessage());
            } catch (IOException | RuntimeException e) {
                warnings.add(file.getFileName() + ": could not be read (" + e + "); check the file");
            }
        }
        Map<Integer, GrayBitmap> glyphs = merge(fontGlyphs, images, warnings);
        if (glyphs.isEmpty()) {
            throw noUsableSamples(filesOrFolders, warnings);
        }
        SpacingHint spacing = sideBearingsEm.isEmpty() ? SpacingHint.estimatedDefault()
                : new SpacingHint(sideBearingsEm.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        LOG.info("Imported {} sample glyphs from {} files with {} warnings", glyphs.size(), files.size(),
                warnings.size());
        return new SampleSet(glyphs, warnings, spacing);
    }

    private void readFile(Path file, List<Path> files, Map<Integer, GrayBitmap> fontGlyphs, List<Double> sideBearingsEm,
                          List<ImageSample> images, List<String> warnings) throws IOException, SampleProblem {
        String fileName = file.getFileName().toString();
        Optional<Path> sheet = SampleInputs.isText(file) ? SampleInputs.sheetImageOf(file) : Optional.empty();
        if (sheet.isPresent()) {
            if (!files.contains(sheet.get())) {
                throw new SampleProblem(fileName + ": this is the character list of the sheet "
                        + sheet.get().getFileName() + ", which was not given; add the sheet image to the inputs");
            }
            return;
        }
        byte[] bytes = readSample(file);
        SampleKind kind = SampleKind.detect(Arrays.copyOf(bytes, Math.min(bytes.length,
                SampleKind.HEAD_BYTES)), fileName);
        LOG.debug("Reading sample {} as {}", file, kind);
        if (kind.isRasterImage()) {
            Optional<Path> sidecar = SampleInputs.sidecarOf(file);
            if (sidecar.isPresent()) {
                images.addAll(imageReader.readSheet(file, bytes, sidecar.get(), warnings));
            } else {
                images.add(imageReader.readImage(file, bytes));
            }
        } else if (kind == SampleKind.SVG) {
            images.add(imageReader.readSvg(file, bytes));
        } else if (kind == SampleKind.FONT) {
            fontSamples.read(bytes, fileName, fontGlyphs, sideBearingsEm, warnings);
        } else if (kind == SampleKind.TEXT) {
            throw new SampleProblem(fileName + ": a text file is read only as the character list of a sheet image"
                    + " with the same name (such as " + CharacterNames.stemOf(fileName) + ".png), and there is none");
        } else {
            throw new SampleProblem(fileName + ": unsupported file type (not PNG, JPEG, GIF, BMP, SVG, TTF, OTF"
                    + " or WOFF by its content); convert it to PNG or give a font file");
        }
    }

    private Map<Integer, GrayBitmap> merge(Map<Integer, GrayBitmap> fontGlyphs, List<ImageSample> images,
                                           List<String> warnings) {
        Map<Integer, GrayBitmap> glyphs = new LinkedHashMap<>(fontGlyphs);
        Map<Integer, ImageSample> unique = new LinkedHashMap<>();
        for (ImageSample image : images) {
            if (glyphs.containsKey(image.codePoint()) || unique.containsKey(image.codePoint())) {
                warnings.add(image.source() + ": " + ImageSampleReader.describe(image.codePoint())
                        + " was already given by an earlier sample; the earlier one is kept");
            } else {
                unique.put(image.codePoint(), image);
            }
        }
        List<ImageSample> samples = new ArrayList<>(unique.values());
        List<GrayBitmap> placed = new ImageNormalizer(box).normalize(samples, warnings);
        for (int i = 0; i < samples.size(); i++) {
            glyphs.put(samples.get(i).codePoint(), placed.get(i));
        }
        return glyphs;
    }

    private byte[] readSample(Path file) throws IOException, SampleProblem {
        long size = Files.size(file);
        if (size > limits.maxFileBytes()) {
            throw new SampleProblem(file.getFileName() + ": the file has " + size + " bytes, above the limit of "
                    + limits.maxFileBytes() + " bytes; scale the image down or subset the font");
        }
        if (size == 0) {
            throw new SampleProblem(file.getFileName() + ": the file is empty; export the sample again");
        }
        return readCapped(file, limits.maxFileBytes());
    }

    /** Reads at most {@code maxBytes}, failing if the file contains more (it may grow after the size check). */
    static byte[] readCapped(Path file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new IOException(file.getFileName() + " has more than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    /**
     * Drops the leading {@code PATH: } of warnings about the only input, which the message already
     * names, so a missing folder reads "No usable samples in /x: not found" rather than naming it twice.
     */
    private static List<String> withoutPath(List<Path> inputs, List<String> warnings) {
        if (inputs.size() != 1) {
            return warnings;
        }
        String prefix = inputs.get(0) + ": ";
        return warnings.stream().map(w -> w.startsWith(prefix) ? w.substring(prefix.length()) : w).toList();
    }

    private static SampleException noUsableSamples(List<Path> inputs, List<String> warnings) {
        String names = inputs.stream().map(Path::toString).collect(Collectors.joining(", "));
        String problems = warnings.isEmpty() ? "no sample files were found"
                : String.join("; ", withoutPath(inputs, warnings));
        return new SampleException("No usable samples in " + (names.isEmpty() ? "an empty list" : names) + ": "
                + problems + ". Give PNG, JPEG or SVG images of single letters named after their character"
                + " (A.png, U+0041.png, upper-A.png), a sheet image with a character list of the same name"
                + " (sheet.png + sheet.txt), or a TTF, OTF or WOFF font; see docs/samples.md");
    }
}
