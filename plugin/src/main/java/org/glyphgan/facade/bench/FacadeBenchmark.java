package org.glyphgan.facade.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.glyphgan.bench.MemorySampler;
import org.glyphgan.facade.Cancellation;
import org.glyphgan.facade.FontNames;
import org.glyphgan.facade.GenerateRequest;
import org.glyphgan.facade.GlyphGan;
import org.glyphgan.facade.GlyphSet;
import org.glyphgan.facade.ProgressListener;
import org.glyphgan.facade.StyleSource;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.raster.CharacterSet;

/**
 * Times the façade in one JVM: JVM start to model loaded, then generation of the basic set
 * (U+0021–U+007E plus the space glyph) to a TTF file without validation, first cold and then
 * warm. Also times the bare model calls, to show where the generation time goes, and prints the
 * peak heap, off-heap and resident memory of the process ({@link MemorySampler}).
 *
 * <p>Arguments: {@code [--model FILE] [--style NAME] [--runs N] [--candidates N]}; the default
 * model is the one shipped in the jar, the default style its first named style.
 */
public final class FacadeBenchmark {
    private FacadeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path modelFile = null;
        String style = null;
        int runs = 5;
        int candidates = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--model" -> modelFile = Path.of(args[i + 1]);
                case "--style" -> style = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--candidates" -> candidates = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --model FILE, --style NAME, --runs N, --candidates N");
            }
        }
        try (MemorySampler memory = new MemorySampler()) {
            run(modelFile, style, runs, candidates);
            System.out.println(memory.describePeaks());
        }
    }

    private static void run(Path modelFile, String style, int runs, int candidates) throws Exception {
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path stylesDir = Files.createTempDirectory("glyphgan-bench-styles");
        long loadStarted = System.nanoTime();
        GlyphGan glyphGan = modelFile == null ? GlyphGan.openShipped(stylesDir) : GlyphGan.open(modelFile, stylesDir);
        double loadMs = millis(loadStarted);
        double startToLoadedMs = System.currentTimeMillis() - jvmStartMs;
        String styleName = style != null ? style : glyphGan.styles().get(0).name();
        GenerateRequest request = new GenerateRequest(new StyleSource.Named(styleName),
                CharacterSet.basic().codePoints(), candidates, 0);
        Path ttf = Files.createTempFile("glyphgan-bench", ".ttf");
        FontNames names = new FontNames("Glyphgan Bench", "Regular");

        double coldMs = timeGenerateAndWrite(glyphGan, request, names, ttf);
        double startToFontMs = System.currentTimeMillis() - jvmStartMs;
        List<Double> warm = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            warm.add(timeGenerateAndWrite(glyphGan, request, names, ttf));
        }
        System.out.printf(Locale.ROOT, "style %s, %d characters, %d candidate(s), %d CPUs%n", styleName,
                request.codePoints().size(), candidates, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "JVM start to model loaded: %.0f ms (model load %.0f ms)%n", startToLoadedMs, loadMs);
        System.out.printf(Locale.ROOT, "first generate + write TTF: %.0f ms; JVM start to TTF: %.0f ms%n", coldMs,
                startToFontMs);
        System.out.printf(Locale.ROOT, "warm generate + write TTF: median %.0f ms, min %.0f ms over %d runs%n",
                median(warm), warm.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), runs);
        if (modelFile != null) {
            modelCalls(GanStyleModel.load(modelFile), styleName, request.codePoints());
        }
        Files.deleteIfExists(ttf);
    }

    private static double timeGenerateAndWrite(GlyphGan glyphGan, GenerateRequest request, FontNames names, Path ttf) {
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        GlyphSet set = glyphGan.generate(request, ProgressListener.NONE, Cancellation.none());
        glyphGan.export(set, names, ttf, null, false);
        double wallMs = millis(started);
        System.out.printf(Locale.ROOT, "  generate + write TTF: %d glyphs, %d failed, wall %.0f ms, process CPU %.0f ms%n",
                set.glyphs().size(), set.failures().size(), wallMs, (processCpuNanos() - cpuStarted) / 1e6);
        return wallMs;
    }

    /** CPU time of the whole process, native threads of the array library included. */
    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return hotspot.getProcessCpuTime();
        }
        return 0;
    }

    /** Times one batched generator call, one batched discriminator call and tracing, warm. */
    private static void modelCalls(GanStyleModel model, String styleName, List<Integer> requested) {
        var style = model.namedStyles().get(styleName);
        List<Integer> codePoints = requested.stream().filter(model.codePoints()::contains).toList();
        var bitmaps = model.generate(style, codePoints, 0);
        model.realism(style, codePoints, bitmaps);
        long generateStarted = System.nanoTime();
        bitmaps = model.generate(style, codePoints, 1);
        double generateMs = millis(generateStarted);
        long realismStarted = System.nanoTime();
        model.realism(style, codePoints, bitmaps);
        double realismMs = millis(realismStarted);
        var tracer = new org.glyphgan.trace.BitmapTracer(org.glyphgan.trace.TraceParameters.DEFAULTS);
        var mapping = org.glyphgan.trace.FontSpaceMapping.centred(org.glyphgan.raster.EmBox.ofSize(model.sizePx()),
                GlyphGan.UNITS_PER_EM, 0);
        long traceStarted = System.nanoTime();
        for (var bitmap : bitmaps) {
            var outline = org.glyphgan.outline.Cu2Qu.toQuadratic(tracer.trace(bitmap, mapping), 1.0);
            org.glyphgan.svg.GlyphSvgWriter.toSvg(outline, 600, 1220, -520);
        }
        double traceMs = millis(traceStarted);
        System.out.printf(Locale.ROOT, "warm parts for %d characters: generator call %.0f ms, discriminator call %.0f ms,"
                + " trace + quadratics + SVG %.0f ms%n", codePoints.size(), generateMs, realismMs, traceMs);
    }

    private static double millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
