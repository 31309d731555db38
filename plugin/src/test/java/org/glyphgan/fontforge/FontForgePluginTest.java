package org.glyphgan.fontforge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.glyphgan.sfnt.validate.FontValidators;
import org.glyphgan.sfnt.validate.ValidatorVerdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the FontForge plugin ({@code plugin/fontforge/glyphgan_fontforge.py}) headless through
 * {@code /usr/bin/python3} and the fontforge module on Liberation Serif cut down to ten letters,
 * with the real glyphgan CLI started from this test's classpath, then checks the filled font.
 */
class FontForgePluginTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String SOURCE_FONT = "liberation-serif/LiberationSerif-Regular.ttf";
    private static final String KEPT_CHARS = "HOnoaegsRk";
    /** Fewer candidates than the plugin's default of 8, to keep the run near 40 s on 2 busy cores. */
    private static final int CANDIDATES = 4;
    /** FontForge validation_state bits (fontforge 20230101) that a generated glyph must not have. */
    private static final Map<Integer, String> FORBIDDEN_VALIDATION_BITS =
            Map.of(0x2, "open contour", 0x4, "self-intersection", 0x8, "wrong contour direction");
    /**
     * Characters the plugin may report as not generated: none, so every default character gets
     * outlines. A character the model draws blank would be reported, not imported empty.
     */
    private static final int MAX_NOT_GENERATED = 0;
    private static final long TIMEOUT_S = 300;
    /** The plugin's folder; Maven runs the plugin module's tests in that module's directory. */
    private static final Path PLUGIN_DIR = Path.of("fontforge").toAbsolutePath();

    @TempDir
    static Path workDir;
    private static JsonNode report;
    private static String log;
    private static JsonNode checks;
    private static String checksStderr;

    @BeforeAll
    static void fillPartialFont() throws Exception {
        requireFontForgeModule();
        Path model = FastFitModel.write(workDir.resolve("fast-fit-model.zip"));
        Path script = copyResource("fill_partial_font.py");
        Path fonts = Path.of(System.getProperty("glyphgan.fonts.dir", "../fonts"));
        ProcessBuilder builder = new ProcessBuilder(PYTHON, script.toString(), PLUGIN_DIR.toString(),
                fonts.resolve(SOURCE_FONT).toAbsolutePath().toString(), workDir.toString(), model.toString(),
                KEPT_CHARS, Integer.toString(CANDIDATES));
        builder.environment().put("GLYPHGAN_CMD", glyphganCommand());
        builder.redirectErrorStream(true);
        Path logFile = workDir.resolve("run.log");
        builder.redirectOutput(logFile.toFile());
        Process process = builder.start();
        boolean finished = process.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertTrue(finished, () -> "The FontForge plugin run did not finish within " + TIMEOUT_S + " s:\n" + log);
        assertEquals(0, process.exitValue(), () -> "The FontForge plugin run failed:\n" + log);
        report = new ObjectMapper().readTree(workDir.resolve("report.json").toFile());
        runFastChecks(fonts.resolve(SOURCE_FONT).toAbsolutePath());
    }

    /** Runs plugin_checks.py: the failure cases and an import into a cubic font from a fake glyphgan. */
    private static void runFastChecks(Path sourceFont) throws Exception {
        Path script = copyResource("plugin_checks.py");
        Path stderrFile = workDir.resolve("plugin_checks.stderr");
        Process process = new ProcessBuilder(PYTHON, script.toString(), PLUGIN_DIR.toString(),
                workDir.resolve("partial.sfd").toString(), sourceFont.toString())
                .redirectError(stderrFile.toFile()).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "plugin_checks.py did not finish within 60 s");
        checksStderr = Files.readString(stderrFile, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> "plugin_checks.py failed:\n" + stdout + checksStderr);
        checks = new ObjectMapper().readTree(stdout.lines().reduce((first, second) -> second).orElse("{}"));
    }

    @Test
    void missingCharactersFilledOrReported() {
        assertEquals(codePoints("notGenerated"), codePoints("withoutOutlines"),
                "Characters left without outlines must be exactly those the plugin reported as not generated");
        assertTrue(codePoints("notGenerated").size() <= MAX_NOT_GENERATED,
                () -> "Not generated: " + codePoints("notGenerated") + ", more than " + MAX_NOT_GENERATED
                        + "; glyphgan output:\n" + report.path("output").asText());
        assertEquals(94 - KEPT_CHARS.length(), codePoints("imported").size() + codePoints("notGenerated").size(),
                "Every missing character of U+0021-U+007E must be imported or reported");
    }

    @Test
    void sampleGlyphsStayUnchanged() {
        TreeSet<Integer> expectedSamples = new TreeSet<>();
        KEPT_CHARS.codePoints().forEach(expectedSamples::add);
        assertEquals(expectedSamples, codePoints("samples"), "The style samples must be the glyphs the font already had");
        assertEquals(new TreeSet<Integer>(), codePoints("keptChanged"),
                "Glyphs that already had outlines must keep their points and advance width");
    }

    @Test
    void importedContoursPassValidate() {
        List<String> problems = new ArrayList<>();
        report.path("validation").fields().forEachRemaining(entry -> {
            int state = entry.getValue().asInt();
            FORBIDDEN_VALIDATION_BITS.forEach((bit, meaning) -> {
                if ((state & bit) != 0) {
                    problems.add(String.format("U+%04X: %s", Integer.parseInt(entry.getKey()), meaning));
                }
            });
        });
        assertEquals(List.of(), problems, "FontForge's validate() flagged imported glyphs");
    }

    @Test
    void importedGlyphsScaledToFontEm() {
        // Liberation Serif has 2048 units per em and glyphgan writes 1000, so an unscaled import gives about 0.49.
        double ratio = report.path("capHeightRatio").asDouble();
        assertTrue(ratio > 0.8, () -> "Imported capitals are too short: median cap height over the sample H's is " + ratio);
        assertTrue(ratio < 1.25, () -> "Imported capitals are too tall: median cap height over the sample H's is " + ratio);
    }

    @Test
    void undoRevertsImportedGlyph() {
        assertEquals("ok", report.path("undo").asText());
    }

    /**
     * Validates the filled quadratic font. A cubic font exported by FontForge 20230101 fails the
     * sfnt-structure check even without the plugin, since its glyph bounding boxes are 1 unit off.
     */
    @Test
    void filledFontPassesEveryValidator() {
        List<ValidatorVerdict> verdicts = FontValidators.run(workDir.resolve("filled.ttf"),
                FontValidators.all(Optional.empty(), KEPT_CHARS));
        List<ValidatorVerdict> failed = verdicts.stream().filter(verdict -> !verdict.passed()).toList();
        assertEquals(List.of(), failed, "Validators rejected the font that FontForge generated after the plugin ran");
    }

    @Test
    void failuresRaiseGlyphganError() {
        assertTrue(checks.path("missingCommand").asText().startsWith("Cannot run /nonexistent/glyphgan: no such program"),
                () -> "missing command: " + checks.path("missingCommand"));
        assertTrue(checks.path("failingCommand").asText().startsWith("glyphgan generate failed with exit status 1"),
                () -> "failing command: " + checks.path("failingCommand"));
        assertTrue(checks.path("noSamples").asText().contains("no glyph of U+0021-U+007E with outlines"),
                () -> "font without samples: " + checks.path("noSamples"));
        assertTrue(checks.path("homeWithoutLauncher").asText().contains("is not an executable file"),
                () -> "GLYPHGAN_HOME without a launcher: " + checks.path("homeWithoutLauncher"));
    }

    @Test
    void menuActionShowsErrorDialog() {
        assertEquals("yes", checks.path("menuActionReturned").asText(), "The menu action must return after an error");
        assertTrue(checksStderr.contains("Cannot run /nonexistent/glyphgan"),
                () -> "The menu action must show the error through fontforge.postError; stderr:\n" + checksStderr);
    }

    @Test
    void cubicFontGetsScaledCubicOutlines() {
        JsonNode cubic = checks.path("cubic");
        assertEquals("AB", cubic.path("imported").asText(), () -> "cubic case: " + cubic);
        for (String character : List.of("A", "B")) {
            JsonNode glyph = cubic.path(character);
            assertEquals(0, glyph.path("quadratic").asInt(), () -> character + " must be cubic: " + glyph);
            assertEquals(0, glyph.path("validation").asInt() & 0xE, () -> character + " validate() state: " + glyph);
            // The fake glyphgan rounds to 1000 units per em, about 2 units of the 2048-unit font.
            assertTrue(glyph.path("bboxError").asDouble() <= 3, () -> character + " bounding box: " + glyph);
            assertTrue(glyph.path("widthError").asInt() <= 3, () -> character + " advance width: " + glyph);
        }
    }

    @Test
    void monospacedFontGetsItsAdvance() {
        JsonNode monospaced = checks.path("monospaced");
        assertEquals("AB", monospaced.path("imported").asText(), () -> "monospaced case: " + monospaced);
        assertEquals(1300, monospaced.path("fixedWidth").asInt(), () -> "monospaced case: " + monospaced);
        assertTrue(monospaced.path("summary").asText().contains("advance width of 1300 units"),
                () -> "monospaced case: " + monospaced);
        assertTrue(monospaced.path("tabularDigitsOnly").isNull(),
                () -> "tabular digits alone must not make a font monospaced: " + monospaced);
        for (String character : List.of("A", "B")) {
            JsonNode glyph = monospaced.path(character);
            assertEquals(1300, glyph.path("width").asInt(), () -> character + ": " + glyph);
            double imbalance = glyph.path("left").asDouble() - glyph.path("right").asDouble();
            assertTrue(Math.abs(imbalance) <= 2, () -> character + " is not centred: " + glyph);
        }
    }

    private static Path copyResource(String name) throws IOException {
        Path copy = workDir.resolve(name);
        try (InputStream in = FontForgePluginTest.class.getResourceAsStream(name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    private static TreeSet<Integer> codePoints(String field) {
        TreeSet<Integer> codePoints = new TreeSet<>();
        report.path(field).forEach(node -> codePoints.add(node.asInt()));
        return codePoints;
    }

    /** Returns the glyphgan CLI as a shell-quoted command line on this JVM and test classpath. */
    private static String glyphganCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> words = List.of(java, "-Xmx2g", "-Dorg.bytedeco.javacpp.maxbytes=4G",
                "-cp", System.getProperty("java.class.path"), "org.glyphgan.cli.GlyphganCommand");
        return String.join(" ", words.stream().map(FontForgePluginTest::shellQuote).toList());
    }

    private static String shellQuote(String word) {
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }

    private static void requireFontForgeModule() throws IOException, InterruptedException {
        Process probe;
        try {
            probe = new ProcessBuilder(PYTHON, "-c", "import fontforge").redirectErrorStream(true).start();
        } catch (IOException e) {
            fail(PYTHON + " is missing; install python3, fontforge-nox and python3-fontforge (Debian) to run this test");
            return;
        }
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (probe.waitFor() != 0) {
            fail(PYTHON + " cannot import the fontforge module; install fontforge-nox and python3-fontforge"
                    + " (Debian) to run this test:\n" + output);
        }
    }
}
