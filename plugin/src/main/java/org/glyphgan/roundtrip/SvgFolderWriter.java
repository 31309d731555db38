package org.glyphgan.roundtrip;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.glyphgan.corpus.FontMetrics;
import org.glyphgan.svg.GlyphSvgWriter;
import org.glyphgan.svg.SpecimenGlyph;
import org.glyphgan.svg.SpecimenSheetWriter;
import org.glyphgan.svg.SvgDocuments;

/**
 * Writes a traced glyph set as a folder of SVG files: one {@code uniXXXX.svg} per glyph and
 * {@code specimen.svg}, all in font units.
 *
 * <p>Every document is built in memory before the first byte is written. A new folder is filled
 * under a temporary name in the same parent and renamed into place, so it appears complete or
 * not at all. Into an existing folder each file is written to a temporary file and renamed over
 * its target, so no file is ever half-written and other files in the folder are kept. A failure
 * part-way there leaves some files replaced and the rest as they were.
 */
public final class SvgFolderWriter {
    public static final String SPECIMEN_FILE = "specimen.svg";
    private static final int SPECIMEN_COLUMNS = 16;

    private SvgFolderWriter() {
    }

    /**
     * File name of one glyph's SVG: {@code uniXXXX.svg} in the BMP (e.g. {@code uni0041.svg}),
     * {@code uXXXXX.svg} beyond it, as the Adobe Glyph List names code points. Unlike glyph names
     * such as {@code A} and {@code a}, these never collide on case-insensitive file systems.
     */
    public static String fileName(int codePoint) {
        String format = codePoint <= 0xFFFF ? "uni%04X.svg" : "u%05X.svg";
        return String.format(Locale.ROOT, format, codePoint);
    }

    /**
     * Checks that {@code folder} can be written: it is a writable directory, or it is missing and
     * its parent is a writable directory.
     *
     * @throws IOException naming the folder and the fix
     */
    public static void checkWritable(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new IOException("Cannot write SVG folder " + absolute + ": it is a file; choose a folder path");
            }
            if (!Files.isWritable(absolute)) {
                throw new IOException("Cannot write SVG folder " + absolute + ": it is not writable; choose a writable folder");
            }
            return;
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("Cannot write SVG folder " + absolute + ": its parent " + parent
                    + " does not exist; create it or choose another folder");
        }
        if (!Files.isWritable(parent)) {
            throw new IOException("Cannot write SVG folder " + absolute + ": its parent " + parent
                    + " is not writable; choose a writable folder");
        }
    }

    /** Writes the glyph SVGs and the specimen sheet of {@code result} into {@code folder}. */
    public static void write(RoundTripResult result, Path folder) throws IOException {
        checkWritable(folder);
        Map<String, String> documents = documents(result);
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            for (Map.Entry<String, String> document : documents.entrySet()) {
                SvgDocuments.write(document.getValue(), absolute.resolve(document.getKey()));
            }
        } else {
            writeNewFolder(documents, absolute);
        }
    }

    /** Builds every SVG document of the result, keyed by file name, specimen last. */
    static Map<String, String> documents(RoundTripResult result) {
        FontMetrics metrics = result.sourceMetrics();
        Map<String, String> documents = new LinkedHashMap<>();
        List<SpecimenGlyph> specimen = new ArrayList<>();
        for (TracedGlyph glyph : result.glyphs()) {
            documents.put(fileName(glyph.codePoint()), GlyphSvgWriter.toSvg(glyph.outline(), glyph.advanceWidth(),
                    metrics.ascender(), metrics.descender()));
            specimen.add(new SpecimenGlyph(new String(Character.toChars(glyph.codePoint())), glyph.outline(),
                    glyph.advanceWidth()));
        }
        documents.put(SPECIMEN_FILE, SpecimenSheetWriter.toSvg(specimen, SPECIMEN_COLUMNS,
                metrics.ascender(), metrics.descender()));
        return documents;
    }

    private static void writeNewFolder(Map<String, String> documents, Path folder) throws IOException {
        Path temporary;
        try {
            temporary = Files.createTempDirectory(folder.getParent(), "." + folder.getFileName() + ".");
        } catch (AccessDeniedException e) {
            throw new IOException("Cannot write SVG folder " + folder + ": its parent is not writable", e);
        }
        try {
            for (Map.Entry<String, String> document : documents.entrySet()) {
                SvgDocuments.write(document.getValue(), temporary.resolve(document.getKey()));
            }
            temporary.toFile().setReadable(true, false);
            temporary.toFile().setExecutable(true, false);
            Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(temporary);
            throw e;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
