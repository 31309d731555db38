package org.glyphgan.sfnt.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.glyphgan.sfnt.FontBuild;
import org.glyphgan.sfnt.SfntWriter;

/**
 * Times writing a 95-glyph TTF with {@link SfntWriter} (warm JVM, median of N runs) against
 * FontForge {@code generate} and fontTools {@code FontBuilder} on the same glyph set, and writes
 * a Markdown report.
 *
 * <p>Usage: {@code SfntWriterBenchmark [SOURCE.ttf] [ITERATIONS] [REPORT.md]}; defaults: DejaVu
 * Sans, 30 iterations, docs/benchmarks-sfnt.md.
 */
public final class SfntWriterBenchmark {
    private static final Path DEFAULT_SOURCE = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private SfntWriterBenchmark() {
    }

    /** One tool's median write time in milliseconds, or NaN with a note when it could not run. */
    record Timing(String tool, double medianMs, String note) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path source = args.length > 0 ? Path.of(args[0]) : DEFAULT_SOURCE;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path report = args.length > 2 ? Path.of(args[2]) : Path.of("docs/benchmarks-sfnt.md");
        FontBuild build = BenchmarkGlyphSet.read(source);
        Path work = Files.createTempDirectory("glyphgan-sfnt-bench");
        Path json = work.resolve("glyphs.json");
        BenchmarkGlyphSet.writeJson(build, json);
        List<Timing> timings = new ArrayList<>();
        timings.add(new Timing("glyphgan SfntWriter", timeOurs(build, work.resolve("ours.ttf"), iterations), ""));
        timings.add(timePython("fontTools FontBuilder", "fonttools_build.py", json, work, iterations));
        timings.add(timePython("FontForge generate", "fontforge_generate.py", json, work, iterations));
        String markdown = report(source, build.glyphs().size(), iterations, timings, args);
        System.out.println(markdown);
        if (report.toAbsolutePath().getParent() != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
        }
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
    }

    private static double timeOurs(FontBuild build, Path target, int iterations) throws IOException {
        for (int i = 0; i < Math.max(20, iterations); i++) {
            SfntWriter.write(build, target); // JIT warm-up
        }
        double[] times = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            SfntWriter.write(build, target);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(times);
    }

    private static Timing timePython(String tool, String script, Path json, Path work, int iterations)
            throws IOException, InterruptedException {
        Path scriptFile = work.resolve(script);
        try (InputStream in = SfntWriterBenchmark.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IOException("Benchmark script " + script + " is missing from the classpath");
            }
            Files.copy(in, scriptFile, StandardCopyOption.REPLACE_EXISTING);
        }
        Path output = work.resolve(script + ".log");
        Process process = new ProcessBuilder("/usr/bin/python3", scriptFile.toString(), json.toString(),
                work.resolve(script + ".ttf").toString(), Integer.toString(iterations))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(Duration.ofMinutes(10).toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return new Timing(tool, Double.NaN, "timed out after 10 minutes");
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        int at = log.lastIndexOf("median_ms=");
        if (process.exitValue() != 0 || at < 0) {
            return new Timing(tool, Double.NaN, "failed (exit " + process.exitValue() + "): " + log.strip());
        }
        return new Timing(tool, Double.parseDouble(log.substring(at + 10).strip()), "");
    }

    private static String cpuModel() throws IOException {
        Path cpuInfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuInfo)) {
            return "unknown CPU";
        }
        return Files.readAllLines(cpuInfo).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String report(Path source, int glyphCount, int iterations, List<Timing> timings, String[] args)
            throws IOException {
        double ours = timings.get(0).medianMs();
        StringBuilder text = new StringBuilder();
        text.append("# sfnt writer benchmark\n\n");
        text.append("Time to write a ").append(glyphCount).append("-glyph TTF (printable ASCII, outlines copied from `")
                .append(source.getFileName()).append("`, quadratic, 1000 units per em).\n");
        text.append("Median of ").append(iterations).append(" runs after warm-up, in process: the JVM after ")
                .append("at least 20 warm-up writes; Python timings exclude interpreter start-up and imports.\n\n");
        text.append("| Tool | Median (ms) | Time / ours |\n|---|---:|---:|\n");
        for (Timing timing : timings) {
            String ratio = Double.isNaN(timing.medianMs()) ? "n/a" : String.format(Locale.ROOT, "%.1f×", timing.medianMs() / ours);
            String median = Double.isNaN(timing.medianMs()) ? "n/a (" + timing.note() + ")"
                    : String.format(Locale.ROOT, "%.2f", timing.medianMs());
            text.append("| ").append(timing.tool()).append(" | ").append(median).append(" | ").append(ratio).append(" |\n");
        }
        text.append("\nTarget: under 50 ms for 95 glyphs with our writer.\n\n");
        text.append("- Command (from the repository root): `mvn -q -B -o -pl plugin -am install -DskipTests &&")
                .append(" mvn -q -B -o -pl plugin dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt &&")
                .append(" java -cp plugin/target/classes:$(cat /tmp/cp.txt) org.glyphgan.sfnt.bench.SfntWriterBenchmark")
                .append(args.length > 0 ? " " + String.join(" ", args) : "").append("`\n");
        text.append("- Machine: ").append(cpuModel()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", Java ").append(System.getProperty("java.version")).append('\n');
        text.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        text.append("- Each tool writes to a file on the same disk; ours includes glyph compilation, checksums and")
                .append(" the atomic rename. Other jobs may share the machine, so compare ratios from one run.\n");
        return text.toString();
    }
}
