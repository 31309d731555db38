package org.glyphgan.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.CorpusManifest;
import org.glyphgan.corpus.FontLoadException;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.corpus.ManifestEntry;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.Contours;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.OutlineRasterizer;
import org.glyphgan.outline.Segment;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GlyphRasterizer;
import org.glyphgan.raster.GrayBitmap;

/**
 * Compares this tracer with Debian's {@code potrace} binary on glyphs rendered at 64 px: both
 * trace the same upsampled and thresholded bitmap with the same turdsize, alphamax and
 * opttolerance, and both outlines are rendered back and compared with the source bitmap. Ours
 * also reads the grayscale bitmap for its sub-pixel edge points ({@link EdgePoints}), which the
 * PBM file given to potrace does not carry.
 *
 * <p>Usage: {@code TraceBenchmark [upsample=4] [alphamax=1.0] [opttolerance=0.2] [turdsize=2]
 * [split=test [fonts=DIR]] fontFile...}; prints a Markdown table. A font file is rendered by Java2D
 * ({@link AwtGlyphRenderer}, TTF and OTF only); {@code split=NAME} adds every font of that manifest
 * split, loaded by {@link FontLoader} (WOFF included) and rendered by {@link GlyphRasterizer} in the
 * font's own unitsPerEm, as the dataset renders glyphs. {@code fonts} is the corpus folder,
 * {@code fonts} in the working directory by default. Timings are wall-clock: ours after {@link #WARMUP_PASSES} untimed passes
 * in the same JVM, potrace once as one process per glyph and once as one process for all glyphs.
 */
public final class TraceBenchmark {
    private static final String CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&@";
    private static final int SIZE_PX = 64;
    private static final int TIMED_REPEATS = 5;
    private static final int WARMUP_PASSES = 30;

    private TraceBenchmark() {
    }

    private record Totals(double iou, long nodes, long lines, double nanos, double cpuNanos, int glyphs) {
    }

    public static void main(String[] args) throws Exception {
        TraceParameters parameters = TraceParameters.DEFAULTS;
        List<Path> fontFiles = new ArrayList<>();
        String split = null;
        Path fontsDir = Path.of("fonts");
        for (String arg : args) {
            String[] keyValue = arg.split("=", 2);
            if (keyValue.length == 1) {
                fontFiles.add(Path.of(arg));
            } else if (keyValue[0].equals("upsample")) {
                parameters = parameters.withUpsampleFactor(Integer.parseInt(keyValue[1]));
            } else if (keyValue[0].equals("alphamax")) {
                parameters = parameters.withAlphaMax(Double.parseDouble(keyValue[1]));
            } else if (keyValue[0].equals("opttolerance")) {
                parameters = parameters.withOptTolerancePx(Double.parseDouble(keyValue[1]));
            } else if (keyValue[0].equals("turdsize")) {
                parameters = parameters.withTurdSizePx2(Double.parseDouble(keyValue[1]));
            } else if (keyValue[0].equals("split")) {
                split = keyValue[1];
            } else if (keyValue[0].equals("fonts")) {
                fontsDir = Path.of(keyValue[1]);
            } else {
                throw new IllegalArgumentException("Unknown option " + keyValue[0]
                        + "; expected upsample, alphamax, opttolerance, turdsize, split or fonts");
            }
        }
        System.out.println("Parameters: " + parameters);
        EmBox box = EmBox.ofSize(SIZE_PX);
        Path work = Files.createTempDirectory("trace-benchmark");
        System.out.println("| font | glyphs | IoU ours | IoU potrace | nodes/glyph ours | nodes/glyph potrace"
                + " | lines/glyph ours | lines/glyph potrace"
                + " | wall ms/glyph ours | wall ms/glyph potrace (1 process each) | wall ms/glyph potrace (batched)"
                + " | CPU ms/glyph ours | CPU ms/glyph potrace (batched) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<BenchmarkFont> benchmarkFonts = new ArrayList<>();
        for (Path fontFile : fontFiles) {
            benchmarkFonts.add(new BenchmarkFont(fontFile.getFileName().toString(), render(fontFile, box)));
        }
        if (split != null) {
            benchmarkFonts.addAll(renderSplit(fontsDir, split, box));
        }
        double[] sums = new double[11];
        int fonts = 0;
        for (BenchmarkFont font : benchmarkFonts) {
            List<AwtGlyphRenderer.RenderedGlyph> glyphs = font.glyphs();
            Totals ours = traceOurs(glyphs, parameters, box);
            Totals[] potrace = tracePotrace(glyphs, parameters, box, work);
            int n = glyphs.size();
            double[] row = {ours.iou() / n, potrace[0].iou() / n, (double) ours.nodes() / n,
                (double) potrace[0].nodes() / n, (double) ours.lines() / n, (double) potrace[0].lines() / n,
                ours.nanos() / n / 1e6, potrace[0].nanos() / n / 1e6,
                potrace[1].nanos() / n / 1e6, ours.cpuNanos() / n / 1e6, potrace[1].cpuNanos() / n / 1e6};
            System.out.printf("| %s | %d | %.4f | %.4f | %.1f | %.1f | %.1f | %.1f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    font.label(), n, row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                    row[9], row[10]);
            for (int i = 0; i < row.length; i++) {
                sums[i] += row[i];
            }
            fonts++;
        }
        System.out.printf("| **mean over fonts** | | %.4f | %.4f | %.1f | %.1f | %.1f | %.1f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                sums[0] / fonts, sums[1] / fonts, sums[2] / fonts, sums[3] / fonts, sums[4] / fonts,
                sums[5] / fonts, sums[6] / fonts, sums[7] / fonts, sums[8] / fonts, sums[9] / fonts, sums[10] / fonts);
    }

    /** Glyphs of one benchmarked font, with the name its table row shows. */
    private record BenchmarkFont(String label, List<AwtGlyphRenderer.RenderedGlyph> glyphs) {
    }

    /** Loads every font of a manifest split and renders the benchmark characters it maps. */
    private static List<BenchmarkFont> renderSplit(Path fontsDir, String split, EmBox box)
            throws IOException, FontLoadException {
        FontLoader loader = new FontLoader();
        GlyphRasterizer rasterizer = new GlyphRasterizer(box);
        List<BenchmarkFont> fonts = new ArrayList<>();
        for (ManifestEntry entry : CorpusManifest.read(fontsDir).split(split)) {
            CorpusFont font = loader.load(fontsDir, entry);
            List<AwtGlyphRenderer.RenderedGlyph> glyphs = new ArrayList<>();
            for (char c : CHARACTERS.toCharArray()) {
                if (font.isMapped(c)) {
                    int advanceWidth = font.advanceWidth(c).orElseThrow();
                    GrayBitmap bitmap = rasterizer.render(font.outline(c).orElseThrow(), font.unitsPerEm(), advanceWidth);
                    glyphs.add(new AwtGlyphRenderer.RenderedGlyph(c, bitmap,
                            FontSpaceMapping.centred(box, font.unitsPerEm(), advanceWidth)));
                }
            }
            fonts.add(new BenchmarkFont(Path.of(entry.file()).getFileName().toString(), glyphs));
        }
        return fonts;
    }

    private static List<AwtGlyphRenderer.RenderedGlyph> render(Path fontFile, EmBox box) throws IOException {
        AwtGlyphRenderer renderer = new AwtGlyphRenderer(fontFile, box);
        List<AwtGlyphRenderer.RenderedGlyph> glyphs = new ArrayList<>();
        for (char c : CHARACTERS.toCharArray()) {
            AwtGlyphRenderer.RenderedGlyph glyph = renderer.render(c);
            if (glyph != null) {
                glyphs.add(glyph);
            }
        }
        return glyphs;
    }

    private static Totals traceOurs(List<AwtGlyphRenderer.RenderedGlyph> glyphs, TraceParameters parameters, EmBox box) {
        BitmapTracer tracer = new BitmapTracer(parameters);
        List<GlyphOutline> outlines = new ArrayList<>();
        for (AwtGlyphRenderer.RenderedGlyph glyph : glyphs) {
            outlines.add(tracer.trace(glyph.bitmap(), glyph.mapping()));
        }
        for (int r = 0; r < WARMUP_PASSES; r++) {
            for (AwtGlyphRenderer.RenderedGlyph glyph : glyphs) {
                tracer.trace(glyph.bitmap(), glyph.mapping());
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long begin = System.nanoTime();
        long cpuBegin = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < TIMED_REPEATS; r++) {
            for (AwtGlyphRenderer.RenderedGlyph glyph : glyphs) {
                tracer.trace(glyph.bitmap(), glyph.mapping());
            }
        }
        double nanos = (System.nanoTime() - begin) / (double) TIMED_REPEATS;
        double cpuNanos = (threads.getCurrentThreadCpuTime() - cpuBegin) / (double) TIMED_REPEATS;
        return score(glyphs, outlines, box, nanos, cpuNanos);
    }

    /** Returns totals for one potrace process per glyph, and the time of one batched process. */
    private static Totals[] tracePotrace(List<AwtGlyphRenderer.RenderedGlyph> glyphs, TraceParameters parameters,
                                         EmBox box, Path work) throws IOException, InterruptedException {
        List<String> files = new ArrayList<>();
        for (int g = 0; g < glyphs.size(); g++) {
            Path pbm = work.resolve("g" + g + ".pbm");
            writePbm(Thresholding.upsampleAndThreshold(glyphs.get(g).bitmap(), parameters.upsampleFactor(),
                    parameters.inkThreshold()), pbm);
            files.add(pbm.toString());
        }
        List<String> options = List.of("potrace", "-b", "svg", "-u", "100", "-z", "minority",
                "-t", String.valueOf(parameters.turdSizePx2()), "-a", String.valueOf(parameters.alphaMax()),
                "-O", String.valueOf(parameters.optTolerancePx()));
        long begin = System.nanoTime();
        for (String file : files) {
            List<String> command = new ArrayList<>(options);
            command.add(file);
            run(command);
        }
        double perProcessNanos = System.nanoTime() - begin;
        List<GlyphOutline> outlines = new ArrayList<>();
        for (int g = 0; g < glyphs.size(); g++) {
            String svg = Files.readString(work.resolve("g" + g + ".svg"), StandardCharsets.UTF_8);
            outlines.add(PotraceSvgReader.read(svg, 1.0 / parameters.upsampleFactor(), glyphs.get(g).mapping()));
        }
        // /usr/bin/time reports the batch's user + system CPU time, which load on the machine inflates less than wall time.
        List<String> batch = new ArrayList<>(List.of("/usr/bin/time", "-f", "CPU %U %S"));
        batch.addAll(options);
        batch.addAll(files);
        double batchedNanos = 0;
        double batchedCpuNanos = 0;
        for (int r = 0; r < TIMED_REPEATS; r++) {
            begin = System.nanoTime();
            String output = run(batch);
            batchedNanos += System.nanoTime() - begin;
            String[] cpu = output.substring(output.lastIndexOf("CPU ")).trim().split("\\s+");
            batchedCpuNanos += (Double.parseDouble(cpu[1]) + Double.parseDouble(cpu[2])) * 1e9;
        }
        return new Totals[] {score(glyphs, outlines, box, perProcessNanos, 0),
            new Totals(0, 0, 0, batchedNanos / TIMED_REPEATS, batchedCpuNanos / TIMED_REPEATS, glyphs.size())};
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        if (status != 0) {
            throw new IOException("potrace failed with exit status " + status + ": " + command + "\n" + output);
        }
        return output;
    }

    private static void writePbm(BinaryBitmap bitmap, Path file) throws IOException {
        StringBuilder text = new StringBuilder("P1\n" + bitmap.widthPx + " " + bitmap.heightPx + "\n");
        for (int y = 0; y < bitmap.heightPx; y++) {
            for (int x = 0; x < bitmap.widthPx; x++) {
                text.append(bitmap.get(x, y) ? '1' : '0');
            }
            text.append('\n');
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static Totals score(List<AwtGlyphRenderer.RenderedGlyph> glyphs, List<GlyphOutline> outlines,
                                EmBox box, double nanos, double cpuNanos) {
        double iou = 0;
        long nodes = 0;
        long lines = 0;
        for (int g = 0; g < glyphs.size(); g++) {
            FontSpaceMapping mapping = glyphs.get(g).mapping();
            GrayBitmap rendered = OutlineRasterizer.render(outlines.get(g), box, mapping.unitsPerEm(), mapping.originXPx());
            iou += OutlineRasterizer.inkIou(glyphs.get(g).bitmap(), rendered, 0.5);
            nodes += Contours.nodeCount(outlines.get(g));
            lines += lineCount(outlines.get(g));
        }
        return new Totals(iou, nodes, lines, nanos, cpuNanos, glyphs.size());
    }

    /** Straight segments, which sharp corners produce. */
    static long lineCount(GlyphOutline outline) {
        long lines = 0;
        for (Contour contour : outline.contours()) {
            for (Segment segment : contour.segments()) {
                if (segment instanceof Segment.Line) {
                    lines++;
                }
            }
        }
        return lines;
    }
}
