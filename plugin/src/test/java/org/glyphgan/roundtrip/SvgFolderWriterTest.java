package org.glyphgan.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glyphgan.corpus.FontMetrics;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;
import org.glyphgan.sfnt.FontBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgFolderWriterTest {
    @TempDir
    Path work;

    @Test
    void newFolderHasOnlyGlyphsAndSpecimen() throws IOException {
        Path folder = work.resolve("svg");
        SvgFolderWriter.write(result(), folder);

        assertEquals(List.of("specimen.svg", "uni0041.svg", "uni0042.svg"), names(folder));
        assertEquals(List.of("svg"), names(work), "no temporary folder may remain");
    }

    @Test
    void existingFolderKeepsOtherFiles() throws IOException {
        Path folder = Files.createDirectory(work.resolve("svg"));
        Files.writeString(folder.resolve("notes.txt"), "keep me");
        Files.writeString(folder.resolve("uni0041.svg"), "old");
        SvgFolderWriter.write(result(), folder);

        assertEquals(List.of("notes.txt", "specimen.svg", "uni0041.svg", "uni0042.svg"), names(folder));
        assertEquals("keep me", Files.readString(folder.resolve("notes.txt")));
        assertTrue(Files.readString(folder.resolve("uni0041.svg")).contains("<path"));
    }

    private static RoundTripResult result() {
        GlyphOutline square = new GlyphOutline(List.of(new Contour(new Point(100, 0), List.of(
                new Segment.Line(new Point(100, 700)), new Segment.Line(new Point(500, 700)),
                new Segment.Line(new Point(500, 0))))));
        List<TracedGlyph> glyphs = List.of(new TracedGlyph('A', 600, square, 1.0, 4),
                new TracedGlyph('B', 600, square, 1.0, 4));
        FontMetrics metrics = new FontMetrics(1000, 800, -200, 0, 700, 500);
        FontBuild build = FontBuild.builder("Square", "Regular").build();
        return new RoundTripResult("square.ttf", metrics, glyphs, List.of(), build);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
